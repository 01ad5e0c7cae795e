import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { fmt } from './format';

export interface TrendSeries {
  days: string[];
  hours: number[];
  net: number[];
  currency: string;
}

const bars = uPlot.paths.bars!({ size: [0.7, 40] });
const DAY_INCREMENTS = [1, 2, 7, 14, 28, 91, 182, 364, 728].map((days) => days * 86_400);
const dayToSeconds = (day: string) => Date.parse(`${day}T00:00:00Z`) / 1000;

/**
 * The daily trend (hours saved, net saved) drawn with uPlot. Decorative for screen readers: the same numbers
 * are in the table next to it.
 */
export function TrendChart({ trend, label }: { trend: TrendSeries; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const money = (v: number) => fmt.money(v, trend.currency);
    const options: uPlot.Options = {
      width: Math.max(280, el.clientWidth),
      height: 260,
      // Days are calendar days of the report's zone: draw them as such, whatever the browser's zone.
      tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
      cursor: { drag: { x: false, y: false } },
      scales: {
        // Half a day either side, so the first and last bars are whole.
        x: { time: true, range: (_u, min, max) => [min - 43_200, max + 43_200] },
        hours: { range: (_u, _min, max) => [0, max > 0 ? max * 1.1 : 1] },
        money: { range: (_u, min, max) => [Math.min(0, min), max > 0 ? max * 1.1 : 1] },
      },
      series: [
        { label: 'Day', value: (_u, v) => (v == null ? '–' : new Date(v * 1000).toISOString().slice(0, 10)) },
        {
          label: 'Hours saved',
          scale: 'hours',
          stroke: '#1d6fd8',
          fill: 'rgba(29, 111, 216, 0.55)',
          width: 1,
          paths: bars,
          points: { show: false },
          value: (_u, v) => (v == null ? '–' : fmt.hours(v)),
        },
        { label: 'Net saved', scale: 'money', stroke: '#0f8a5f', width: 2.5, value: (_u, v) => (v == null ? '–' : money(v)) },
      ],
      axes: [
        // Ticks on whole days only: a week's chart must not label noon between its bars.
        { incrs: DAY_INCREMENTS },
        { scale: 'hours', label: 'Hours saved', values: (_u, ticks) => ticks.map((t) => fmt.hours(t)), size: 60 },
        {
          scale: 'money',
          side: 1,
          label: 'Net saved',
          values: (_u, ticks) => ticks.map((t) => money(t)),
          grid: { show: false },
          size: 80,
        },
      ],
    };
    const chart = new uPlot(options, [trend.days.map(dayToSeconds), trend.hours, trend.net], el);
    const resize = new ResizeObserver(() => chart.setSize({ width: Math.max(280, el.clientWidth), height: 260 }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [trend]);
  return <div class="chart" ref={box} role="img" aria-label={label} data-testid="trend-chart" data-points={trend.days.length} />;
}

/** A small line of daily values, for a table cell. */
export function Sparkline({ values, label }: { values: number[]; label: string }) {
  const w = 120;
  const h = 28;
  const max = Math.max(...values, 0);
  const min = Math.min(...values, 0);
  const span = max - min || 1;
  const step = values.length > 1 ? w / (values.length - 1) : 0;
  const points = values.map((v, i) => `${(i * step).toFixed(1)},${(h - 2 - ((v - min) / span) * (h - 4)).toFixed(1)}`).join(' ');
  return (
    <svg class="sparkline" viewBox={`0 0 ${w} ${h}`} width={w} height={h} role="img" aria-label={label}>
      <polyline points={points} fill="none" stroke="currentColor" stroke-width="1.5" />
    </svg>
  );
}
