// The page a share link opens (/share#<token>): one org's overview, read-only, without signing in. It never reads
// the tab's API key and never calls an API-key route: its only requests are the two public share endpoints, with
// the token (from the URL fragment, which browsers never send to a server) in the X-Share-Token header.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { ApiError, type Schemas } from '../api';
import { TrendChart } from '../charts';
import { fmt, previousRange } from '../format';
import { ErrorMessage, Loading, NamedKey, Num, NumHeads, Section, TableWrap } from '../ui';
import { comparedWith, kpiCard, RangeNote } from './overview';

type Shared = Schemas['SharedOverview'];
type TopEntry = Schemas['TopEntry'];

const shareToken = () => decodeURIComponent(location.hash.replace(/^#/, ''));

async function fetchShared(path: string, token: string): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(path, { headers: { 'x-share-token': token }, credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer' });
  } catch {
    throw new ApiError(0, 'network', 'The server could not be reached');
  }
  if (!res.ok) {
    const e = (await res.json().catch(() => null))?.error;
    throw new ApiError(res.status, e?.code ?? 'unexpected', e?.message ?? `The server answered HTTP ${res.status}`);
  }
  return res;
}

/** Search engines must not list a shared page (the server also sends X-Robots-Tag). */
function useNoIndex() {
  useEffect(() => {
    const meta = document.createElement('meta');
    meta.name = 'robots';
    meta.content = 'noindex, nofollow';
    document.head.append(meta);
    return () => meta.remove();
  }, []);
}

export function SharedOverview() {
  useNoIndex();
  const token = shareToken();
  const [data, setData] = useState<Shared | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    if (!token) {
      setError(new ApiError(404, 'not_found', 'This link has no share token.'));
      return;
    }
    fetchShared('/v1/shared/overview', token)
      .then((res) => res.json())
      .then((body: Shared) => {
        setData(body);
        document.title = `${body.link.name ?? body.org_name} · HumanHours`;
      })
      .catch((err: ApiError) => setError(err));
  }, [token]);

  const s = data?.summary;
  const trend = useMemo(
    () =>
      s && {
        days: s.trend.map((p) => p.day),
        hours: s.trend.map((p) => p.hours_saved),
        net: s.trend.map((p) => p.net_saved),
        currency: s.currency,
      },
    [s],
  );
  return (
    <div class="shell shared">
      <header class="top">
        <span class="brand">
          <span class="logo" aria-hidden="true">
            ◷
          </span>{' '}
          HumanHours
        </span>
        <div class="who">
          <span class="muted">Shared read-only view</span>
        </div>
      </header>
      <main id="main">
        <h1>{data ? (data.link.name ?? data.org_name) : 'Shared report'}</h1>
        {error ? (
          <ErrorMessage
            error={
              error.status === 404 ? new ApiError(404, 'not_found', 'This share link does not exist, was revoked or has expired.') : error
            }
            title="The shared report could not be opened"
          />
        ) : !s || !trend ? (
          <Loading what="the shared report" />
        ) : (
          <SharedBody data={data!} summary={s} trend={trend} token={token} />
        )}
      </main>
    </div>
  );
}

function SharedBody({
  data,
  summary: s,
  trend,
  token,
}: {
  data: Shared;
  summary: Schemas['SummaryResponse'];
  trend: { days: string[]; hours: number[]; net: number[]; currency: string };
  token: string;
}) {
  const money = (n: number) => fmt.money(n, s.currency);
  // The range before, as the server compared it (the same rule as the dashboard's overview).
  const previous = data.previous_totals ?? undefined;
  const against = previous && comparedWith(s.meta.period, previousRange(s.meta.range, s.meta.tz, s.meta.period), s.meta.tz);
  const card = kpiCard(s, previous, against);
  const names = data.display_names;
  const filters = Object.entries(data.link.filters ?? {});
  return (
    <div data-testid="shared">
      <p class="muted" data-testid="shared-org">
        {data.org_name}
        {filters.length > 0 && ` · ${filters.map(([k, v]) => `${k.replace('_id', '')}: ${v}`).join(', ')}`}
      </p>
      <RangeNote meta={s.meta} />
      <ul class="kpis" aria-label="Totals for the period">
        {card('hours_saved', 'Hours saved', fmt.hours)}
        {card('cost_saved', 'Money saved', money)}
        {card('net_saved', 'Net saved', money, { emphasis: true })}
        {card('fte_equivalent', 'FTE equivalent', fmt.fte, { note: '40-hour weeks' })}
        {card('events', 'Events', fmt.count)}
      </ul>
      <Section title="Daily trend" id="trend-title" actions={<DownloadShared token={token} />}>
        <TrendChart trend={trend} label={`Hours and net saved per day, ${s.trend.length} days`} />
      </Section>
      <Section title="Top agents" id="top-agents-title">
        <TopTable label="Top agents" rows={s.top.agents} names={names.agents} money={money} testid="top-agents" />
      </Section>
      <Section title="Top task types" id="top-task-types-title">
        <TopTable label="Top task types" rows={s.top.task_types} names={names.task_types} money={money} testid="top-task-types" />
      </Section>
    </div>
  );
}

function TopTable({
  label,
  rows,
  names,
  money,
  testid,
}: {
  label: string;
  rows: TopEntry[];
  names: Record<string, string>;
  money: (n: number) => string;
  testid: string;
}) {
  if (!rows.length) return <p class="muted">Nothing tracked in this period.</p>;
  return (
    <TableWrap label={label}>
      <table data-testid={testid}>
        <caption class="visually-hidden">{label}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <NumHeads labels={['Events', 'Hours saved', 'Net saved']} />
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key ?? ''} data-key={r.key ?? ''}>
              <th scope="row">{r.key === null ? 'Unassigned' : <NamedKey name={names[r.key]} value={r.key} />}</th>
              <td class="num">
                <Num value={r.events}>{fmt.count(r.events)}</Num>
              </td>
              <td class="num">
                <Num value={r.hours_saved}>{fmt.hours(r.hours_saved)}</Num>
              </td>
              <td class="num">
                <Num value={r.net_saved}>{money(r.net_saved)}</Num>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

/** The daily trend as CSV, fetched with the token header and saved from a Blob (nothing secret in a URL). */
function DownloadShared({ token }: { token: string }) {
  const [error, setError] = useState<ApiError | null>(null);
  const click = async () => {
    setError(null);
    try {
      const res = await fetchShared('/v1/shared/export', token);
      const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'humanhours-shared.csv';
      const link = Object.assign(document.createElement('a'), {
        href: URL.createObjectURL(new Blob([await res.text()], { type: 'text/csv;charset=utf-8' })),
        download: name,
        hidden: true,
      });
      document.body.append(link);
      link.click();
      link.remove();
    } catch (err) {
      setError(err as ApiError);
    }
  };
  return (
    <span class="download">
      <button type="button" class="secondary" onClick={click} aria-label="Download CSV: daily trend">
        Download CSV
      </button>
      {error && <ErrorMessage error={error} title="The download failed" />}
    </span>
  );
}
