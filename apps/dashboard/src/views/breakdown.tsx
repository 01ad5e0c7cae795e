import type { Schemas } from '../api';
import { useTaskTypeNames } from '../catalogue';
import { fmt } from '../format';
import { useApi } from '../hooks';
import { reportQuery, setParams } from '../router';
import { DownloadCsv, ErrorMessage, Loading, NamedKey, NoEvents, Num, NumHeads, Section, TableWrap } from '../ui';
import { EventsLink } from './events';
import { RangeNote } from './overview';

type Report = Schemas['ReportResponse'];
type Metrics = Schemas['ReportMetricsFields'];
type Dimension = 'client' | 'model' | 'task_type';

const SORTS = [
  ['hours_saved', 'Hours saved'],
  ['cost_saved', 'Money saved'],
  ['net_saved', 'Net saved'],
  ['events', 'Events'],
] as const;

const NAMES: Record<Dimension, { title: string; column: string; unassigned: string }> = {
  client: { title: 'Clients', column: 'Client', unassigned: 'Unassigned (no client in the metadata)' },
  model: { title: 'Models', column: 'Model', unassigned: 'Unassigned (no model sent)' },
  task_type: { title: 'Task types', column: 'Task type', unassigned: 'Unassigned' },
};

/** `GET /v1/reports/time-saved?group_by=<dimension>`: one row per client, model or task type, with the API's totals. */
export function Breakdown({ params, dimension, heading }: { params: URLSearchParams; dimension: Dimension; heading?: string }) {
  const sort = params.get('sort') ?? 'hours_saved';
  const query = { ...reportQuery(params), group_by: dimension, sort };
  const report = useApi<Report>('/v1/reports/time-saved', query);
  const names = NAMES[dimension];
  const title = heading ?? `${names.title} in the period`;
  const id = `breakdown-${dimension}`;
  const r = report.data;
  const withTokens = dimension === 'model';
  // Display names where the catalogue has them (task types); the key stays beside it, as agents send it.
  const displayNames = useTaskTypeNames(dimension === 'task_type');

  return (
    <Section
      title={title}
      id={id}
      actions={
        <>
          <div class="field inline">
            <label for={`${id}-sort`}>Sort by</label>
            <select
              id={`${id}-sort`}
              value={sort}
              onChange={(e) => setParams({ sort: e.currentTarget.value === 'hours_saved' ? undefined : e.currentTarget.value })}
            >
              {SORTS.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <DownloadCsv path="/v1/reports/export" query={query} filename={`humanhours-${dimension}.csv`} label={title} />
        </>
      }
    >
      {report.error ? (
        <ErrorMessage error={report.error} />
      ) : !r ? (
        <Loading what={names.title.toLowerCase()} />
      ) : r.totals.events === 0 ? (
        <NoEvents params={params} />
      ) : (
        <div aria-busy={report.loading}>
          <RangeNote meta={r.meta} />
          <TableWrap label={title}>
            <table data-testid={`table-${dimension}`}>
              <caption class="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{names.column}</th>
                  <MetricHeads withTokens={withTokens} />
                </tr>
              </thead>
              <tbody>
                {r.rows.map((row) => {
                  const key = row.group[dimension];
                  return (
                    <tr key={String(key)} data-group={key ?? ''}>
                      <th scope="row">
                        {key === null ? (
                          <span class="muted">{names.unassigned}</span>
                        ) : (
                          <NamedKey name={displayNames.get(String(key))} value={String(key)} />
                        )}
                      </th>
                      <MetricCells
                        row={row}
                        currency={r.currency}
                        withTokens={withTokens}
                        drill={{ params, group: row.group, label: String(key) }}
                      />
                    </tr>
                  );
                })}
              </tbody>
              <tfoot>
                <tr data-group="totals">
                  <th scope="row">Total ({fmt.count(r.meta.total_groups)})</th>
                  <MetricCells
                    row={r.totals}
                    currency={r.currency}
                    withTokens={withTokens}
                    drill={{ params, group: {}, label: `all ${names.title.toLowerCase()} in the period` }}
                  />
                </tr>
              </tfoot>
            </table>
          </TableWrap>
        </div>
      )}
    </Section>
  );
}

export function MetricHeads({ withTokens = false }: { withTokens?: boolean }) {
  const outcomes = <abbr title="success / needs review / failure">Outcomes</abbr>;
  const tokens = withTokens ? ['Tokens in', 'Tokens out'] : [];
  return <NumHeads labels={['Events', outcomes, 'Hours saved', 'Money saved', 'Agent cost', 'Net saved', 'FTE', ...tokens]} />;
}

export function MetricCells({
  row,
  currency,
  withTokens = false,
  drill,
}: {
  row: Metrics;
  currency: string;
  withTokens?: boolean;
  /** The row's group: its event count links to those events. */
  drill?: Omit<Parameters<typeof EventsLink>[0], 'children' | 'count'>;
}) {
  return (
    <>
      <td class="num" data-col="events">
        <Num value={row.events}>
          {drill ? (
            <EventsLink {...drill} count={row.events}>
              {fmt.count(row.events)}
            </EventsLink>
          ) : (
            fmt.count(row.events)
          )}
        </Num>
      </td>
      <td class="num outcomes-cell" data-col="outcomes">
        <span class="ok" title="success">
          {fmt.count(row.events_success)}
        </span>
        {' / '}
        <span class="review" title="needs review">
          {fmt.count(row.events_needs_review)}
        </span>
        {' / '}
        <span class="fail" title="failure">
          {fmt.count(row.events_failure)}
        </span>
      </td>
      <td class="num" data-col="hours_saved">
        <Num value={row.hours_saved}>{fmt.hours(row.hours_saved)}</Num>
      </td>
      <td class="num" data-col="cost_saved">
        <Num value={row.cost_saved}>{fmt.money(row.cost_saved, currency)}</Num>
      </td>
      <td class="num" data-col="agent_cost">
        <Num value={row.agent_cost}>{fmt.money(row.agent_cost, currency)}</Num>
      </td>
      <td class="num" data-col="net_saved">
        <Num value={row.net_saved}>{fmt.money(row.net_saved, currency)}</Num>
      </td>
      <td class="num" data-col="fte_equivalent">
        <Num value={row.fte_equivalent}>{fmt.fte(row.fte_equivalent)}</Num>
      </td>
      {withTokens && (
        <>
          <td class="num" data-col="tokens_in">
            <Num value={row.tokens_in}>{fmt.count(row.tokens_in)}</Num>
          </td>
          <td class="num" data-col="tokens_out">
            <Num value={row.tokens_out}>{fmt.count(row.tokens_out)}</Num>
          </td>
        </>
      )}
    </>
  );
}
