// The events behind the reports: the list a report row drills into, one event's page (how its value was computed),
// and the review queue of needs_review events with approve / reject, one by one or in bulk.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { type ApiError, api, type Schemas } from '../api';
import { useAgentNames, useTaskTypeNames } from '../catalogue';
import { fmt, formatDateTime } from '../format';
import { useApi } from '../hooks';
import { FILTER_PARAMS, followLink, href, reportQuery } from '../router';
import { DownloadCsv, ErrorMessage, Loading, NamedKey, Num, Section, TableWrap } from '../ui';

type Event = Schemas['Event'];
type EventList = Schemas['EventList'];
type ReportGroup = Record<string, string | null | undefined>;
/** An explicit range (a trend row's day, a billing month) instead of the report's period. */
export interface EventsRange {
  from: string;
  to: string;
  tz?: string;
}

const GROUP_FILTERS = new Set<string>(FILTER_PARAMS);

/**
 * The address of the events a report row sums: the report's range and filters plus the row's own group (and its
 * own range, for a trend row); null for the unassigned group, which no filter can ask for by value.
 */
export function eventsHref(params: URLSearchParams, group: ReportGroup, range?: EventsRange): string | null {
  const query: Record<string, string | undefined> = { ...reportQuery(params) };
  if (range) Object.assign(query, { period: undefined, from: range.from, to: range.to, tz: range.tz ?? query.tz });
  for (const [key, value] of Object.entries(group)) {
    if (!GROUP_FILTERS.has(key) || value === null || value === undefined) return null;
    query[key] = value;
  }
  return href('/events', query);
}

/** The link from a report row to the `count` events it sums (plain text when there are none, or for the unassigned group). */
export function EventsLink({
  params,
  group,
  label,
  count,
  range,
  children,
}: {
  params: URLSearchParams;
  group: ReportGroup;
  label: string;
  count: number;
  range?: EventsRange;
  children: ComponentChildren;
}) {
  const to = count > 0 ? eventsHref(params, group, range) : null;
  if (!to) return <>{children}</>;
  return (
    <a class="events-link" href={to} onClick={followLink} title={`The events of ${label}`}>
      {children}
    </a>
  );
}

const eventHref = (params: URLSearchParams, id: string) => href('/events', { ...reportQuery(params), event: id });

/** GET /v1/events with the URL's range and filters, newest first, a page at a time; or one event (`?event=`). */
export function Events({ params }: { params: URLSearchParams }) {
  const id = params.get('event');
  if (id) return <EventPage id={id} params={params} />;
  return <EventTable params={params} review={params.get('review') ?? undefined} title="Events in the period" />;
}

function EventTable({
  params,
  review,
  title,
  selectable = false,
}: {
  params: URLSearchParams;
  review?: string;
  title: string;
  selectable?: boolean;
}) {
  const [cursor, setCursor] = useState<string | undefined>(undefined);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  // The decision's outcome, numbered: each one moves the focus to it (the button pressed has left with its row).
  const [outcome, setOutcome] = useState<{ text: string; n: number } | null>(null);
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (outcome) status.current?.focus();
  }, [outcome]);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const query = { ...reportQuery(params), review, limit: 50, cursor };
  const list = useApi<EventList>('/v1/events', query);
  const rows = list.data?.data ?? [];
  const sectionId = selectable ? 'review-queue' : 'events-list';
  const agentNames = useAgentNames();
  const taskTypeNames = useTaskTypeNames();

  async function decide(ids: string[], decision: 'approved' | 'rejected') {
    setFailure(null);
    try {
      const res = await api<Schemas['BulkReviewResponse']>('/v1/events/review', { method: 'POST', body: { event_ids: ids, decision } });
      const { reviewed, conflicts, not_found } = res.summary;
      setOutcome((previous) => ({
        text: `${fmt.count(reviewed)} ${decision}${conflicts ? `, ${fmt.count(conflicts)} already reviewed otherwise` : ''}${not_found ? `, ${fmt.count(not_found)} not found` : ''}.`,
        n: (previous?.n ?? 0) + 1,
      }));
      setSelected(new Set());
      list.reload();
    } catch (error) {
      setFailure(error as ApiError);
    }
  }

  const toggle = (eventId: string) => {
    const next = new Set(selected);
    if (next.has(eventId)) next.delete(eventId);
    else next.add(eventId);
    setSelected(next);
  };

  return (
    <Section
      title={title}
      id={sectionId}
      actions={
        <DownloadCsv
          path="/v1/events"
          query={{ ...query, format: 'csv', cursor: undefined }}
          filename="humanhours-events.csv"
          label={title}
        />
      }
    >
      {selectable && (
        <p role="status" class={outcome ? 'review-status notice' : 'review-status'} data-testid="review-outcome" tabindex={-1} ref={status}>
          {outcome?.text}
        </p>
      )}
      {failure && <ErrorMessage error={failure} title="The review was not recorded" />}
      {list.error ? (
        <ErrorMessage error={list.error} />
      ) : !list.data ? (
        <Loading what="events" />
      ) : rows.length === 0 ? (
        <p data-testid="no-events">
          {selectable ? 'Nothing waits for a review in this period.' : 'No events match these filters in this period.'}
        </p>
      ) : (
        <div aria-busy={list.loading}>
          {selectable && (
            <div class="actions bulk" data-testid="bulk-actions">
              <button type="button" disabled={!selected.size} onClick={() => decide([...selected], 'approved')}>
                Approve selected ({fmt.count(selected.size)})
              </button>
              <button type="button" class="secondary" disabled={!selected.size} onClick={() => decide([...selected], 'rejected')}>
                Reject selected ({fmt.count(selected.size)})
              </button>
            </div>
          )}
          <TableWrap label={title}>
            <table class="events" data-testid={selectable ? 'table-review' : 'table-events'}>
              <caption class="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  {selectable && (
                    <th scope="col">
                      <input
                        type="checkbox"
                        aria-label="Select every event on this page"
                        checked={rows.length > 0 && rows.every((e) => selected.has(e.event_id))}
                        onChange={(e) => setSelected(e.currentTarget.checked ? new Set(rows.map((r) => r.event_id)) : new Set())}
                      />
                    </th>
                  )}
                  <th scope="col">When</th>
                  <th scope="col">Agent</th>
                  <th scope="col">Task type</th>
                  {/* Every event of the queue needs a review and waits for one: no outcome column there. */}
                  {!selectable && <th scope="col">Outcome</th>}
                  <th scope="col" class="num">
                    Time counted
                  </th>
                  <th scope="col" class="num">
                    Money counted
                  </th>
                  {selectable && <th scope="col">Review</th>}
                </tr>
              </thead>
              <tbody>
                {rows.map((e) => (
                  <tr key={e.event_id} data-event={e.event_id}>
                    {selectable && (
                      <td>
                        <input
                          type="checkbox"
                          aria-label={`Select ${e.event_id}`}
                          checked={selected.has(e.event_id)}
                          onChange={() => toggle(e.event_id)}
                        />
                      </td>
                    )}
                    <td class="when">
                      <a href={eventHref(params, e.event_id)} onClick={followLink}>
                        {formatDateTime(e.occurred_at)}
                      </a>
                    </td>
                    <td>
                      <NamedKey name={agentNames.get(e.agent_id)} value={e.agent_id} />
                    </td>
                    <td>
                      <NamedKey name={taskTypeNames.get(e.task_type)} value={e.task_type} />
                    </td>
                    {!selectable && <td>{outcomeText(e)}</td>}
                    <td class="num">
                      <Num value={e.counted.hours_saved}>{fmt.minutesSaved(e.counted.hours_saved)}</Num>
                    </td>
                    <td class="num">
                      <Num value={e.counted.cost_saved}>{fmt.money(e.counted.cost_saved, e.currency)}</Num>
                    </td>
                    {selectable && (
                      <td class="review-buttons">
                        <button
                          type="button"
                          class="small"
                          onClick={() => decide([e.event_id], 'approved')}
                          aria-label={`Approve ${e.event_id}`}
                        >
                          Approve
                        </button>{' '}
                        <button
                          type="button"
                          class="small secondary"
                          onClick={() => decide([e.event_id], 'rejected')}
                          aria-label={`Reject ${e.event_id}`}
                        >
                          Reject
                        </button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          {list.data.next_cursor && (
            <button type="button" class="secondary" onClick={() => setCursor(list.data!.next_cursor!)}>
              Older events
            </button>
          )}
        </div>
      )}
    </Section>
  );
}

function outcomeText(e: Event): string {
  if (e.outcome !== 'needs_review') return e.outcome === 'success' ? 'success' : 'failure';
  return e.review_state === 'pending' ? 'needs review (pending)' : `needs review (${e.review_state})`;
}

/** The review queue: GET /v1/events?review=pending, with approve / reject per event and for a selection. */
export function ReviewQueue({ params }: { params: URLSearchParams }) {
  return <EventTable params={params} review="pending" title="Waiting for a review" selectable />;
}

const SOURCES: Record<string, string> = {
  request: 'sent with the event',
  override: "the org's override",
  builtin: 'built-in',
  custom: 'custom task type',
  fallback: "the org's fallback",
};

/** One event: how its value was computed, from the figures frozen on it, and its review. */
function EventPage({ id, params }: { id: string; params: URLSearchParams }) {
  const event = useApi<Event>(`/v1/events/${encodeURIComponent(id)}`);
  const e = event.data;
  const taskType = useApi<Schemas['TaskTypeDetail']>(
    e?.resolved_baseline_source === 'builtin' ? `/v1/task-types/${encodeURIComponent(e.task_type)}` : null,
  );
  const back = href('/events', reportQuery(params));
  const agentNames = useAgentNames();
  const taskTypeNames = useTaskTypeNames();
  const [failure, setFailure] = useState<ApiError | null>(null);

  async function decide(decision: 'approved' | 'rejected') {
    setFailure(null);
    try {
      event.set(await api<Event>(`/v1/events/${encodeURIComponent(id)}/review`, { method: 'POST', body: { decision } }));
    } catch (error) {
      setFailure(error as ApiError);
    }
  }

  return (
    <Section
      title="How this event was valued"
      id="event-page"
      actions={
        <a href={back} onClick={followLink}>
          Back to the events
        </a>
      }
    >
      {event.error ? (
        <ErrorMessage error={event.error} />
      ) : !e ? (
        <Loading what="the event" />
      ) : (
        <div data-testid="event-page">
          {/* A built-in baseline is shown with its citation: wait for it rather than change the sentence under the reader. */}
          {e.resolved_baseline_source === 'builtin' && taskType.loading ? (
            <Loading what="the baseline's citation" />
          ) : (
            <p class="computation" data-testid="computation">
              {computation(e, taskType.data?.baseline_source ?? null)}
            </p>
          )}
          {e.outcome === 'needs_review' && <ReviewBlock e={e} onDecide={decide} />}
          {failure && <ErrorMessage error={failure} title="The review was not recorded" />}
          <dl class="event-facts">
            <dt>Event</dt>
            <dd>
              <code>{e.event_id}</code>
            </dd>
            <dt>Agent</dt>
            <dd>
              <NamedKey name={agentNames.get(e.agent_id)} value={e.agent_id} />
            </dd>
            <dt>Task type</dt>
            <dd>
              <NamedKey name={taskTypeNames.get(e.task_type)} value={e.task_type} />
            </dd>
            <dt>Outcome</dt>
            <dd>{outcomeText(e)}</dd>
            <dt>Occurred</dt>
            <dd>{formatDateTime(e.occurred_at)}</dd>
            <dt>Received</dt>
            <dd>{formatDateTime(e.received_at)}</dd>
            {e.client && (
              <>
                <dt>Client</dt>
                <dd>{e.client}</dd>
              </>
            )}
            {e.resolved_pricing && (
              <>
                <dt>Prices</dt>
                <dd>
                  {e.resolved_pricing.model}: ${e.resolved_pricing.input_usd_per_million_tokens} / $
                  {e.resolved_pricing.output_usd_per_million_tokens} per million tokens in / out (price book of{' '}
                  {e.resolved_pricing.price_book_as_of}), FX {e.resolved_pricing.fx_rate} {e.currency}/USD ({e.resolved_pricing.fx_as_of})
                </dd>
              </>
            )}
            {e.metadata && (
              <>
                <dt>Metadata</dt>
                <dd>
                  <code>{JSON.stringify(e.metadata)}</code>
                </dd>
              </>
            )}
          </dl>
        </div>
      )}
    </Section>
  );
}

function ReviewBlock({ e, onDecide }: { e: Event; onDecide: (d: 'approved' | 'rejected') => void }) {
  if (e.review) {
    return (
      <p data-testid="review-record">
        {e.review.decision === 'approved' ? 'Approved' : 'Rejected'} {formatDateTime(e.review.reviewed_at)} with key{' '}
        <code>{e.review.reviewed_by_key_id}</code>
        {e.review.note ? `: “${e.review.note}”` : ''}. Counted at {exactHours(e.counted.hours_saved)},{' '}
        {fmt.money(e.counted.cost_saved, e.currency)}.
      </p>
    );
  }
  return (
    <div class="actions" data-testid="review-actions">
      <span>Waiting for a review: approving counts {fmt.money(e.full_credit?.cost_saved ?? 0, e.currency)}, rejecting nothing.</span>{' '}
      <button type="button" onClick={() => onDecide('approved')}>
        Approve
      </button>{' '}
      <button type="button" class="secondary" onClick={() => onDecide('rejected')}>
        Reject
      </button>
    </div>
  );
}

// An event's own figures, as exact as the API answers them (milli-hours, milliseconds): the formula must add up.
const exact = new Intl.NumberFormat(undefined, { maximumFractionDigits: 3 });
const exactHours = (hours: number) => `${exact.format(hours)} h`;

/** "4.0 min baseline (built-in, cited: …) − 4 s agent time = 0.066 h × €45/h = €2.97; agent cost none". */
export function computation(e: Event, citation: string | null): string {
  const source = SOURCES[e.resolved_baseline_source] ?? e.resolved_baseline_source;
  const baseline = `${fmt.minutes(e.resolved_baseline_minutes)} baseline (${source}${citation ? `, cited: ${citation}` : ''})`;
  const time = e.agent_duration_seconds === null ? '' : ` − ${exact.format(e.agent_duration_seconds)} s agent time`;
  const credit = e.outcome === 'needs_review' ? reviewCredit(e) : '';
  const hours = e.full_credit?.hours_saved ?? e.hours_saved;
  const cost = e.full_credit?.cost_saved ?? e.cost_saved;
  const rate = `${fmt.money(e.resolved_hourly_rate, e.currency)}/h`;
  const agentCost = e.agent_cost === null ? 'none' : `${fmt.money(e.agent_cost, e.currency)} (${e.resolved_cost_source})`;
  const main =
    e.outcome === 'failure'
      ? `failure: 0 h`
      : `${baseline}${time} = ${exactHours(hours)} × ${rate} = ${fmt.money(cost, e.currency)}${credit}`;
  return `${main}; agent cost ${agentCost}; net ${fmt.money(e.counted.net_saved, e.currency)}`;
}

/** What a needs_review event counts at, after its full-credit value: its review's value, or the credit until one. */
function reviewCredit(e: Event): string {
  const counted = `${exactHours(e.counted.hours_saved)}, ${fmt.money(e.counted.cost_saved, e.currency)}`;
  if (e.review_state === 'approved') return ' at full credit, approved: counted in full';
  if (e.review_state === 'rejected') return ` at full credit, rejected: counted ${counted}`;
  return ` at full credit; counted ${counted} until reviewed`;
}
