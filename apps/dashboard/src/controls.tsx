import { canonicalZone } from '@humanhours/time';
import { useMemo, useState } from 'preact/hooks';
import { type Option, type PickListName, useFilterOptions } from './catalogue';
import { dayIn, startOfDayIn } from './format';
import { FILTER_PARAMS, setParams } from './router';

const PERIODS = [
  ['24h', 'Last 24 hours'],
  ['7d', 'Last 7 days'],
  ['30d', 'Last 30 days'],
  ['90d', 'Last 90 days'],
  ['ytd', 'Year to date'],
  ['all', 'All time'],
] as const;

const FILTER_LABELS: Record<(typeof FILTER_PARAMS)[number], string> = {
  agent_id: 'Agent',
  task_type: 'Task type',
  client: 'Client',
  model: 'Model',
  outcome: 'Outcome',
};

let zones: string[] | null = null;
const timeZones = () => {
  zones ??= typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return zones;
};

/** Period, time zone and filters of the report views. Everything lands in the URL's query string. */
export function ReportControls({ params, orgTimeZone }: { params: URLSearchParams; orgTimeZone: string | undefined }) {
  const urlKey = params.toString();
  const custom = Boolean(params.get('from') && params.get('to'));
  const [pickingCustom, setPickingCustom] = useState(false);
  const showCustom = custom || pickingCustom;
  const period = showCustom ? 'custom' : (params.get('period') ?? '30d');
  const tz = params.get('tz') ?? '';
  // A zone typed into the URL by hand may be none: the server says so (422 on tz); the dates fall back to the org's.
  const zone = canonicalZone(tz) ?? orgTimeZone ?? 'UTC';
  const activeFilters = FILTER_PARAMS.filter((name) => params.get(name));
  const options = useFilterOptions();
  const fromDay = useMemo(() => (custom ? dayIn(params.get('from')!, zone) : ''), [custom, params, zone]);
  const toDay = useMemo(
    () => (custom ? dayIn(new Date(Date.parse(params.get('to')!) - 1).toISOString(), zone) : ''),
    [custom, params, zone],
  );

  /** Applies the whole form (pending edits included): the period select applies at once, the rest on "Apply". */
  const apply = (formEl: HTMLFormElement, period: string) => {
    const form = new FormData(formEl);
    const text = (name: string) => String(form.get(name) ?? '').trim() || undefined;
    const typedZone = text('tz');
    const changes: Record<string, string | undefined> = { tz: typedZone && (canonicalZone(typedZone) ?? typedZone) };
    for (const name of FILTER_PARAMS) changes[name] = text(name);
    const from = text('from_day');
    const to = text('to_day');
    if (period !== 'custom') {
      Object.assign(changes, { period: period === '30d' ? undefined : period, from: undefined, to: undefined });
    } else if (from && to) {
      const zoneForRange = canonicalZone(changes.tz ?? '') ?? orgTimeZone ?? 'UTC';
      Object.assign(changes, { period: undefined, from: startOfDayIn(from, zoneForRange), to: startOfDayIn(to, zoneForRange, 1) });
    }
    setParams(changes);
  };

  const onPeriod = (select: HTMLSelectElement) => {
    setPickingCustom(select.value === 'custom');
    if (select.value !== 'custom') apply(select.form!, select.value);
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const formEl = event.currentTarget as HTMLFormElement;
    apply(formEl, String(new FormData(formEl).get('period')));
  };

  const reset = () => {
    setPickingCustom(false);
    setParams(Object.fromEntries(['period', 'from', 'to', 'tz', ...FILTER_PARAMS].map((name) => [name, undefined])));
  };

  return (
    <form class="controls" onSubmit={onSubmit} aria-label="Period, time zone and filters" key={urlKey}>
      <div class="field">
        <label for="period">Period</label>
        <select id="period" name="period" value={period} onChange={(e) => onPeriod(e.currentTarget)}>
          {PERIODS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
          <option value="custom">Custom range…</option>
        </select>
      </div>
      {showCustom && (
        <>
          <div class="field">
            <label for="from_day">From</label>
            <input id="from_day" name="from_day" type="date" defaultValue={fromDay} required />
          </div>
          <div class="field">
            <label for="to_day">To (inclusive)</label>
            <input id="to_day" name="to_day" type="date" defaultValue={toDay} required />
          </div>
        </>
      )}
      <div class="field">
        <label for="tz">Time zone</label>
        <input id="tz" name="tz" list="time-zones" defaultValue={tz} placeholder={orgTimeZone ?? 'org default'} autocomplete="off" />
        <datalist id="time-zones">
          {timeZones().map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
      </div>
      <details class="filters" open={activeFilters.length > 0}>
        <summary>Filters{activeFilters.length > 0 ? ` (${activeFilters.length})` : ''}</summary>
        <div class="filter-fields">
          {FILTER_PARAMS.map((name) => (
            <div class="field" key={name}>
              <label for={`filter-${name}`}>{FILTER_LABELS[name]}</label>
              {name === 'outcome' ? (
                <PickList id={`filter-${name}`} name={name} value={params.get(name) ?? ''} options={OUTCOMES} />
              ) : options[name as PickListName] ? (
                <PickList id={`filter-${name}`} name={name} value={params.get(name) ?? ''} options={options[name as PickListName]!} />
              ) : (
                // The list did not load (yet, or the plan has no reports): the value can still be typed.
                <input id={`filter-${name}`} name={name} defaultValue={params.get(name) ?? ''} autocomplete="off" />
              )}
            </div>
          ))}
        </div>
      </details>
      <div class="buttons">
        <button type="submit">Apply</button>
        <button type="button" class="secondary" onClick={reset}>
          Reset
        </button>
      </div>
    </form>
  );
}

const OUTCOMES: Option[] = [
  { value: 'success', label: 'Success' },
  { value: 'failure', label: 'Failure' },
  { value: 'needs_review', label: 'Needs review' },
];

/** A filter's pick list: "Any" and the API's values; a value from a shared link that is not among them stays selectable. */
function PickList({ id, name, value, options }: { id: string; name: string; value: string; options: Option[] }) {
  const all = value && !options.some((o) => o.value === value) ? [{ value, label: value }, ...options] : options;
  return (
    <select id={id} name={name}>
      <option value="" selected={!value}>
        Any
      </option>
      {all.map((o) => (
        <option key={o.value} value={o.value} selected={o.value === value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
