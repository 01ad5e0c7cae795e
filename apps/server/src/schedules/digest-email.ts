import type { Digest } from './digest.js';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const pct = (v: number | null) => (v === null ? '—' : `${v >= 0 ? '+' : ''}${Math.round(v * 1000) / 10} %`);
const money = (v: number, currency: string) => `${v.toLocaleString('en-US', { maximumFractionDigits: 2 })} ${currency}`;

/** The digest as a readable email: a plain-text part and an HTML part with the same content. */
export function digestEmail(orgName: string, d: Digest) {
  const label = d.period === 'week' ? 'Weekly' : 'Monthly';
  const span = `${d.range.from.slice(0, 10)} – ${new Date(Date.parse(d.range.to) - 1).toISOString().slice(0, 10)} (${d.tz})`;
  const rows: Array<[string, string, string]> = [
    ['Events', String(d.totals.events), pct(d.change.events)],
    ['Hours saved', String(d.totals.hours_saved), pct(d.change.hours_saved)],
    ['Money saved', money(d.totals.cost_saved, d.currency), pct(d.change.cost_saved)],
    ['Agent cost', money(d.totals.agent_cost, d.currency), ''],
    ['Net saved', money(d.totals.net_saved, d.currency), pct(d.change.net_saved)],
  ];
  const top = (title: string, list: Digest['top_agents']) => ({
    title,
    lines: list.map((e) => `${e.key ?? '(unassigned)'}: ${e.hours_saved} h, ${money(e.net_saved, d.currency)} net`),
  });
  const tops = [top('Top agents', d.top_agents), top('Top task types', d.top_task_types)];
  const subject = `${label} HumanHours digest for ${orgName}: ${d.totals.hours_saved} h saved`;
  const text = [
    `${label} digest for ${orgName}, ${span}`,
    '',
    ...rows.map(([k, v, c]) => `${k}: ${v}${c ? ` (${c} vs the ${d.period} before)` : ''}`),
    ...tops.flatMap((t) => ['', `${t.title}:`, ...(t.lines.length ? t.lines.map((l) => `  - ${l}`) : ['  (none)'])]),
    '',
  ].join('\n');
  const html = `<!doctype html><html><body style="font-family:sans-serif">
<h1 style="font-size:18px">${escapeHtml(`${label} digest for ${orgName}`)}</h1><p>${escapeHtml(span)}</p>
<table cellpadding="4"><tr><th align="left"></th><th align="right">This ${d.period}</th><th align="right">vs before</th></tr>
${rows.map(([k, v, c]) => `<tr><td>${escapeHtml(k)}</td><td align="right">${escapeHtml(v)}</td><td align="right">${escapeHtml(c)}</td></tr>`).join('\n')}
</table>
${tops.map((t) => `<h2 style="font-size:15px">${escapeHtml(t.title)}</h2><ul>${t.lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('') || '<li>(none)</li>'}</ul>`).join('\n')}
</body></html>`;
  return { subject, text, html };
}
