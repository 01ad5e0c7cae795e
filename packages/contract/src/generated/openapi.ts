// Generated from openapi.yaml by `pnpm gen`. Do not edit by hand.
export interface paths {
    "/v1/track": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Track one agent run
         * @description Records one agent task and answers the stored event with its computed `hours_saved`,
         *     `cost_saved` and `net_saved` (see *Valuation*). 201 for a new event.
         *
         *     Send an `Idempotency-Key` that is unique per logical run (a UUID, a workflow execution
         *     id, the id of the message that triggered the agent) and reuse it only to retry that
         *     run: a replay within 24 h answers 200 with the original body and
         *     `Idempotent-Replayed: true`; the same key with a different body answers 409
         *     `idempotency_key_reused`. Never use a value that repeats across runs (`agent_id`,
         *     `task_type`, a date, a constant). Without the header every request creates an event.
         *
         *     On the free plan the 501st event of the billing month answers 429 `quota_exceeded`.
         */
        post: operations["trackEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/track/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Track up to 1,000 agent runs in one request
         * @description Records 1 to 1,000 events (body at most 1 MB) and answers 207 with one result per
         *     event, in input order. Each event is validated, valued, deduplicated and counted on its
         *     own: one bad event never sinks the others.
         *
         *     Each event may carry its own `idempotency_key` (same rules as the `Idempotency-Key`
         *     header of `POST /v1/track`, and the same key space): a replayed item answers
         *     `status: 200, replayed: true` with its original event, so retrying a whole batch never
         *     double counts. Per-item statuses: 201 created, 200 replayed, 409
         *     `idempotency_key_reused`, 422 (`validation_error` with `field` relative to the item,
         *     `unknown_task_type`, `occurred_at_out_of_range`), 429 `quota_exceeded` (a batch that
         *     crosses the free plan's cap accepts events up to it and rejects the rest).
         *
         *     Errors of the request as a whole (authentication, scope, malformed JSON, more than
         *     1 MB, a wrong content type, an `events` member that is missing, not an array, empty
         *     or longer than 1,000, the per-key rate limit) use the error envelope.
         */
        post: operations["trackBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/time-saved": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Hours and money saved, grouped
         * @description Hours saved and cost saved (plus agent cost, net saved, outcome counts, tokens,
         *     durations and FTE equivalent) over a period, grouped by up to four dimensions
         *     (default `agent`, which yields the group key `agent_id`) and sorted by `sort`
         *     (default `hours_saved`, descending). An event that lacks a grouped dimension (no
         *     client, no model, no such metadata key) falls in the "unassigned" group, whose key is
         *     `null`. `totals` cover every group that matches the filters, not only the `top` rows.
         *
         *     `metadata.<key>=<value>` query parameters filter on top-level string metadata values
         *     (several are AND-ed), and `group_by` accepts `metadata.<key>`. Queries that use
         *     metadata are answered from the raw events (an index on org and `occurred_at`, then
         *     JSON extraction per event) instead of the hourly rollup, so their cost grows with the
         *     number of events in the range.
         *     Every report query has a deadline (`HUMANHOURS_REPORT_TIMEOUT_MS`, default 30 s): one that
         *     runs past it is stopped and the report answers 503 `report_timeout`, with a hint to narrow
         *     the range. Reports run beside ingest, never in its way: on SQLite in worker threads with
         *     their own read-only connections, taking turns between orgs.
         *
         *     `format=csv` answers `text/csv` instead: UTF-8, RFC 4180 quoting, a header row, group
         *     columns first (named like the group keys) then the metric columns in the order of
         *     `ReportMetrics`; `null` is an empty cell. Text cells beginning with `=`, `+`, `-`, `@`,
         *     a tab or a carriage return are prefixed with `'` to neutralise spreadsheet formula
         *     injection; numeric cells are written as plain numbers, so the CSV parses back to the
         *     JSON numbers.
         *
         *     Pro and above: a free org gets 403 `feature_locked`.
         */
        get: operations["getTimeSavedReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/cost-saved": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cost saved, agent cost and net saved, grouped
         * @description The finance view: the same parameters, rows, totals and CSV format as
         *     `GET /v1/reports/time-saved`, sorted by `cost_saved` by default.
         *     `net_saved = cost_saved − agent_cost` ("we saved €18k of human time but spent €1.2k on
         *     inference, net €16.8k").
         *
         *     Pro and above: a free org gets 403 `feature_locked`.
         */
        get: operations["getCostSavedReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/leaderboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Agents ranked by one metric
         * @description Ranks agents by `metric` (default `hours_saved`), descending, ties broken by
         *     `agent_id` ascending; `rank` runs 1, 2, 3… without gaps. Answers the `top` agents
         *     (default 10). Each row carries the agent's `display_name` and every metric of
         *     `ReportMetrics`. With `format=csv` the columns are `rank`, `agent_id`, `display_name`,
         *     then the metric columns (CSV rules as in `GET /v1/reports/time-saved`).
         *
         *     Pro and above: a free org gets 403 `feature_locked`.
         */
        get: operations["getLeaderboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the time-saved report as a CSV file
         * @description The same parameters and rows as `GET /v1/reports/time-saved`, always as CSV, with
         *     `Content-Disposition: attachment; filename="humanhours-time-saved-<from>-<to>.csv"`
         *     (`<from>` and `<to>` are the `YYYY-MM-DD` dates, in `tz`, of the range's bounds) so a
         *     browser downloads it instead of rendering it. CSV rules as in
         *     `GET /v1/reports/time-saved`.
         *
         *     Pro and above: a free org gets 403 `feature_locked`.
         */
        get: operations["exportReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Period totals, rates, averages, top 10s and a daily trend
         * @description Aggregated ROI for a period: totals, outcome counts and rates, per-event averages,
         *     how many agents / task types / clients / models were active, a daily trend with one
         *     entry per calendar day of the range in `tz` (days without events are present with
         *     zeros), and the top 10 agents, task types, clients and models by `hours_saved`
         *     (`key: null` is the "unassigned" bucket, e.g. events without a client). `active`
         *     counts distinct non-null values.
         *
         *     With `format=csv` the response is the daily trend: a `day` column, then the metric
         *     columns (CSV rules as in `GET /v1/reports/time-saved`).
         *
         *     Pro and above: a free org gets 403 `feature_locked`.
         */
        get: operations["getSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The org's plan, quota and overage state
         * @description Open to every plan. The current billing month (in the org's timezone): events
         *     recorded, events included in the plan, overage so far, lifetime events, and
         *     `projected_overage_eur`: `null` when no overage is forecast, otherwise this month's
         *     pace projected to month end and priced with the graduated tiers (see *Plans, quotas
         *     and rate limits*). Replays are never counted.
         */
        get: operations["getUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The events behind the reports, newest first
         * @description The stored events that match the reports' filters and range (`period`, `from`/`to`,
         *     `tz`, `agent_id`, `task_type`, `client`, `model`, `outcome`, `metadata.<key>`), newest
         *     first (by `occurred_at`, then `event_id`), one page at a time: pass `next_cursor` as
         *     `cursor` for the next page. A report row's figures are the sum of exactly the events
         *     this answers for the row's filters.
         *
         *     `review=pending` is the review queue: `needs_review` events nobody has reviewed yet;
         *     `approved` and `rejected` the reviewed ones.
         *
         *     `format=csv` answers every matching event (no pages: `limit` and `cursor` are ignored)
         *     as a `text/csv` stream, written as it is read, so any range downloads in constant
         *     server memory. Columns: the `TrackedEvent` fields that are not objects, in the order of
         *     the schema, then `review_decision`, `reviewed_at`, `reviewed_by_key_id`, `review_note`,
         *     `metadata` (as JSON). Cells are quoted and formula-neutralised as in the reports.
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{event_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The event's id, as `POST /v1/track` answered it.
                 * @example evt_01HQ2B3C4D5E6F7G8H9J0K1M2N
                 */
                event_id: components["parameters"]["EventIdPath"];
            };
            cookie?: never;
        };
        /**
         * One event, with everything stored about it
         * @description The event as tracked (its frozen baseline and its source, rate, prices and FX rate,
         *     metadata, audit sample), its value at full credit when it is `needs_review`, its review
         *     record, and the value reports count it at (`counted`).
         */
        get: operations["getEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{event_id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The event's id, as `POST /v1/track` answered it.
                 * @example evt_01HQ2B3C4D5E6F7G8H9J0K1M2N
                 */
                event_id: components["parameters"]["EventIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve or reject a needs_review event
         * @description The human-approval gate of `needs_review` events. `approved` values the event at full
         *     credit (as if it were `success`), `rejected` at zero (its agent cost stays spent); the
         *     event keeps its tracked valuation and gains a review record (the key, the time, the
         *     decision, the note). The difference is applied to the report rollups in the same
         *     transaction: every report changes by exactly the event's difference, and the monthly
         *     event count (usage) never changes.
         *
         *     An event is reviewed once. Repeating the same decision answers 200 with the record
         *     unchanged (the note of the repeat is ignored); a different decision on a reviewed
         *     event answers 409 `already_reviewed`, also when two reviews race (one wins). An event
         *     whose outcome is not `needs_review` answers 409 `not_reviewable`.
         */
        post: operations["reviewEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Review up to 1,000 events in one call
         * @description The same decision (and note) for up to 1,000 distinct event ids, each reviewed as by
         *     `POST /v1/events/{event_id}/review`, on its own: one id's failure never undoes
         *     another's. Answers 207 with one result per id, in request order: 200 with the event,
         *     or 404 / 409 with the error.
         */
        post: operations["reviewEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/task-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List task types
         * @description The built-in task types, the org's custom types and its overrides, ordered by
         *     `category` then `key`. Archived custom types are left out unless
         *     `include_archived=true`. Open to every plan.
         */
        get: operations["listTaskTypes"];
        put?: never;
        /**
         * Create a custom task type
         * @description Creates an org-specific task type with its own baseline and the source it is based on.
         *     A `key` that collides with a built-in or with an existing custom type (archived ones
         *     included) answers 422 `validation_error` with `field: key`.
         *
         *     Pro and above: a free org gets 403 `feature_locked`.
         */
        post: operations["createTaskType"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/task-types/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The task type's key.
                 * @example email_classification
                 */
                key: components["parameters"]["TaskTypeKeyPath"];
            };
            cookie?: never;
        };
        /**
         * Get a task type and its history
         * @description One task type (built-in or the org's custom, archived included) with its audit trail:
         *     creation, overrides set and removed, archiving; newest first, at most the latest 1,000
         *     entries. Open to every plan.
         */
        get: operations["getTaskType"];
        put?: never;
        post?: never;
        /**
         * Archive a custom task type
         * @description Soft-deletes a custom task type: past events keep their values, new tracks with this
         *     key answer 422 `unknown_task_type` (unless they send `human_baseline_minutes` or the org
         *     has a `fallback_baseline_minutes`), and the key stays taken. Idempotent: archiving an
         *     archived type answers it unchanged. A built-in cannot be archived (422
         *     `validation_error`, `field: key`); an unknown key answers 404 `not_found`.
         */
        delete: operations["archiveTaskType"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/task-types/{key}/override": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The task type's key.
                 * @example email_classification
                 */
                key: components["parameters"]["TaskTypeKeyPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Override a task type's baseline for the org
         * @description Sets (or replaces) the org's baseline for a built-in or custom task type. The original
         *     baseline stays visible beside the override, and the change is audit-logged with the
         *     acting API key, the old and new value and the reason. Events recorded earlier keep
         *     their values. An unknown key answers 404 `not_found`.
         *
         *     Pro and above: a free org gets 403 `feature_locked`.
         */
        post: operations["overrideTaskType"];
        /**
         * Remove the org's override of a task type
         * @description Removes the override, so the task type's default baseline applies again to new events
         *     (earlier events keep their values). Audit-logged. Idempotent: without an override the
         *     task type is answered unchanged. An unknown key answers 404 `not_found`.
         *
         *     Pro and above: a free org gets 403 `feature_locked`.
         */
        delete: operations["deleteTaskTypeOverride"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List agents
         * @description The agents the org has tracked or configured, ordered by `agent_id`, with lifetime
         *     event counts, first and last seen, the effective hourly rate and the hours, money and
         *     net saved over the last 30 days (the range of `period=30d` in the org's timezone).
         *     `search` matches a case-insensitive substring of `agent_id` or `display_name`.
         *
         *     Any valid key may list agents, whatever its scopes: the n8n node's credential check
         *     calls `GET /api/v1/agents` with the `track:write` key its own docs suggest.
         */
        get: operations["listAgents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agents/{agent_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The agent's id, as sent in `agent_id` when tracking (percent-encoded).
                 * @example support-classifier
                 */
                agent_id: components["parameters"]["AgentIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Set an agent's display name or hourly-rate override
         * @description Sets or clears (`null`) the agent's `display_name` and `hourly_rate_override` (in the
         *     org currency). The override applies to events recorded from now on; earlier events keep
         *     their values. An agent not yet seen may be configured in advance: it is created with
         *     `first_seen_at` and `last_seen_at` null.
         */
        patch: operations["updateAgent"];
        trace?: never;
    };
    "/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys
         * @description The org's API keys, newest first. Secrets are never listed, only the `prefix`.
         *     Revoked keys are included unless `include_revoked=false`.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key
         * @description Creates a key for the caller's org. `scopes` default to all three, `mode` to `live`.
         *     The response's `secret` is the full key: it is shown exactly once and cannot be
         *     retrieved again (only its hash is stored).
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The key's 8-character public id (the part after `hh_live_`).
                 * @example AbCd1234
                 */
                id: components["parameters"]["ApiKeyIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description Revokes the key with this public id: its very next request answers 401
         *     `key_revoked`. Idempotent (revoking a revoked key answers it unchanged); a key is never
         *     un-revoked. A key may revoke itself. An id unknown to the org answers 404 `not_found`.
         */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/org": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the caller's org
         * @description The settings of the org that owns the calling API key.
         */
        get: operations["getOrg"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update the caller's org
         * @description Changes the org's settings; send only the fields to change. New values apply to
         *     events recorded from now on; earlier events keep their values (each is valued once,
         *     when received, and frozen). The plan changes only through the admin API.
         *
         *     `currency` can change only while the org has no events: stored amounts are integers
         *     in the minor units of the currency they were valued in, so a change would make the
         *     reports read EUR cents as yen. Otherwise 409 `settings_conflict` (`field: currency`).
         *     The check is atomic against concurrent tracking: either the change is refused, or no
         *     event exists in the old currency (an event valued in the old currency while the change
         *     commits is valued again in the new one before it is stored). With the currency, the
         *     default hourly rate and the agents' rate overrides keep their amounts (45 EUR becomes
         *     45 JPY) and `usd_fx_rate_override`, which is in units of the old currency, is cleared
         *     unless the same request sets it.
         *
         *     The other settings may change at any time. `timezone` moves the reports' calendar
         *     (events are stored in UTC and bucketed when read) and the billing month from the next
         *     event on; the months already counted keep their counts, so no event is counted twice
         *     or lost.
         */
        patch: operations["updateOrg"];
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook endpoints
         * @description The org's webhook endpoints, oldest first, with their health. Secrets are never listed.
         *
         *     Pro and above: a free org gets 403 `feature_locked`.
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Create a webhook endpoint
         * @description Subscribes a URL to event types. The response's `secret` signs every delivery (see `docs/webhooks.md`); it is shown exactly once. The URL must be `https://` and must not resolve to a loopback, private, link-local or metadata address (checked again at every delivery), unless the operator set `HUMANHOURS_WEBHOOK_ALLOW_PRIVATE=true`.
         *
         *     Pro and above: a free org gets 403 `feature_locked`.
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook endpoint id. */
                id: components["parameters"]["WebhookIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get a webhook endpoint
         * @description One endpoint with its health (`status`, `consecutive_failures`).
         */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook endpoint
         * @description Deletes the endpoint and its pending deliveries.
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * Change, enable, disable or rotate a webhook endpoint
         * @description Changes the URL, event types or description; `enabled: true` re-enables a disabled endpoint (and resets its failure count). `rotate_secret: true` issues a new secret (in this response only); the previous one keeps signing too (a second `v1=` entry) for `rotation_grace_seconds` (default 86400).
         */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/v1/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook endpoint id. */
                id: components["parameters"]["WebhookIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a ping
         * @description Queues a `ping` delivery to the endpoint (even when it is not subscribed to anything) and answers it; follow it with `GET /v1/webhooks/{id}/deliveries`.
         */
        post: operations["testWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook endpoint id. */
                id: components["parameters"]["WebhookIdPath"];
            };
            cookie?: never;
        };
        /**
         * List an endpoint's deliveries
         * @description Deliveries to this endpoint, newest first: event type, attempts, last status and error, next attempt.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries/{delivery_id}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook endpoint id. */
                id: components["parameters"]["WebhookIdPath"];
                /** @description The delivery id. */
                delivery_id: components["parameters"]["DeliveryIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Redeliver
         * @description Queues the delivery again now, with the same delivery id (receivers dedupe on `X-Humanhours-Delivery`) and a fresh attempt schedule.
         */
        post: operations["redeliverWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List alert rules
         * @description The org's value alert rules, oldest first, with what each is breaching now.
         */
        get: operations["listAlertRules"];
        put?: never;
        /**
         * Create an alert rule
         * @description A rule evaluated every hour over the last `window_days` days: `net_saved_below` (an agent's net saved below `threshold`, default 0), `cost_per_hour_saved_above` (an agent's agent cost per hour saved above `threshold`, org currency), `failure_share_above` (the share of failed events above `threshold` percent). Without `agent_id` the agent kinds apply to each agent on its own and `failure_share_above` to the whole org. A breach sends `alert.triggered` once; `alert.resolved` when it clears.
         */
        post: operations["createAlertRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/alerts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The alert rule id. */
                id: components["parameters"]["AlertIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get an alert rule
         * @description One rule with its current breaches.
         */
        get: operations["getAlertRule"];
        put?: never;
        post?: never;
        /**
         * Delete an alert rule
         * @description Deletes the rule; open breaches are dropped without `alert.resolved`.
         */
        delete: operations["deleteAlertRule"];
        options?: never;
        head?: never;
        /**
         * Change an alert rule
         * @description Changes the threshold, window, agent or `enabled`; the next hourly evaluation uses the new values.
         */
        patch: operations["updateAlertRule"];
        trace?: never;
    };
    "/v1/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the model price book
         * @description The models whose run cost HumanHours can compute from tokens, keyed by OpenRouter id,
         *     with USD prices per million tokens, ordered by `id`. The book ships as a bundled
         *     snapshot (`source: bundled`, generated from `@pydantic/genai-prices`; `name` is the id
         *     where that source names no model) and, when the operator sets `HUMANHOURS_PRICE_BOOK_URL`,
         *     is refreshed daily (`source: remote`, `as_of` the last refresh). Each refresh is merged
         *     over the last good book: changed prices are updated, new models added, and a model missing
         *     upstream keeps its last price. A failed refresh keeps the last good book. A listed model
         *     priced above USD 0.01 per token (10,000 per million) is skipped.
         *     `search` matches a case-insensitive substring of `id` or `name`.
         */
        get: operations["listModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List orgs
         * @description Operator only (`HUMANHOURS_ADMIN_TOKEN`). Every org, oldest first, with its events this
         *     billing month and lifetime. Without `HUMANHOURS_ADMIN_TOKEN` set on the server this
         *     route does not exist (404 `not_found`).
         */
        get: operations["adminListOrgs"];
        put?: never;
        /**
         * Create an org and its first API key
         * @description Operator only (`HUMANHOURS_ADMIN_TOKEN`). Creates an org (plan default `pro`, currency
         *     default `EUR`, hourly rate default 45, timezone default `UTC`) and its first live API
         *     key with all three scopes; the key's `secret` is shown only in this response. Without
         *     `HUMANHOURS_ADMIN_TOKEN` set on the server this route does not exist (404 `not_found`).
         */
        post: operations["adminCreateOrg"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/orgs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The org's id.
                 * @example org_01HQ2B3C4D5E6F7G8H9J0K1M2N
                 */
                id: components["parameters"]["OrgIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an org's name, plan or included events
         * @description Operator only (`HUMANHOURS_ADMIN_TOKEN`). The only way to change an org's plan. A plan
         *     change takes effect on the org's next request (rate cap, quota, gating).
         *     `included_events` sets the monthly included events (meant for enterprise; `null` = the
         *     plan's default). An unknown org id answers 404 `not_found`, as does every admin route
         *     when `HUMANHOURS_ADMIN_TOKEN` is not set.
         */
        patch: operations["adminUpdateOrg"];
        trace?: never;
    };
    "/v1/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the workspaces of the pool
         * @description The caller org (the pool owner) and its child workspaces, oldest first, each with its events this billing month.
         *     Only the pool owner's admin keys may list them; a child workspace's key answers 403 `feature_locked`.
         */
        get: operations["listWorkspaces"];
        put?: never;
        /**
         * Create a child workspace
         * @description Creates a child org in the caller's pool: it has its own keys, agents, task types, currency, time zone and
         *     settings, and its data is sealed from its siblings. Its events count against the pool's quota.
         *     The number of workspaces is limited by the plan (`agency`: 5 including the parent); one more answers 403 `workspace_limit_reached`.
         *     The response holds the new workspace's first API key (all scopes), shown once. Audit-logged.
         */
        post: operations["createWorkspace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspaces/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The child workspace's org id. */
                id: components["parameters"]["WorkspaceIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Close a child workspace
         * @description Closes a child workspace: its API keys are revoked at once and it leaves the pool's listings and reports;
         *     its events stay stored (and keep counting in the months they were tracked). Audit-logged.
         */
        delete: operations["deleteWorkspace"];
        options?: never;
        head?: never;
        /**
         * Change a child workspace
         * @description Changes a child workspace's name, currency (only before its first event), hourly rate or time zone. An id
         *     that is not a child of the caller answers 404 `not_found`. Audit-logged.
         */
        patch: operations["updateWorkspace"];
        trace?: never;
    };
    "/v1/share-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List share links
         * @description The org's share links, newest first, revoked ones included. Tokens are never listed (only their hash is stored).
         */
        get: operations["listShareLinks"];
        put?: never;
        /**
         * Create a read-only share link
         * @description A link that opens one view of the org's numbers (`overview`: hours, money, net saved, FTE, trend, top agents
         *     and task types, CSV download) for one period or range and optional filters, without an API key. The response's
         *     `url` carries the unguessable token in its fragment (`/share#<token>`, never sent to a server or logged); it is
         *     shown exactly once. The token grants nothing but that view: no other org, period, filter or API route.
         *     Audit-logged.
         */
        post: operations["createShareLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/share-links/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The share link's id. */
                id: components["parameters"]["ShareLinkIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a share link
         * @description Revokes the link at once: its very next request answers 404 `not_found`. Idempotent. Audit-logged.
         */
        delete: operations["revokeShareLink"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/shared/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The view a share link names
         * @description Public: no API key. `X-Share-Token` names the link; the answer is that link's view, period and filters only
         *     (no query parameter can widen it). A missing, unknown, revoked or expired token answers 404 `not_found`.
         *     Each answer counts as one access (count and last opened; no IP address is stored).
         */
        get: operations["getSharedOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/shared/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The share link's view as CSV
         * @description Public: the daily trend of the link's view as CSV (the columns of `GET /v1/reports/summary?format=csv`),
         *     for the share page's download button. Same token rules as `GET /v1/shared/overview`.
         */
        get: operations["exportShared"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The org's audit trail
         * @description Every recorded change of the org, newest first: workspace and share-link changes and the task-type changes
         *     (custom types, overrides, archiving), each with the key that made it (`actor_key_id`), the action and when.
         */
        get: operations["listAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness
         * @description Answers 200 while the process is up. Touches no dependency. No authentication.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness
         * @description 200 when the server can serve traffic (its database answers a trivial query and
         *     start-up put the default org or init key in place), 503 otherwise, e.g. while
         *     migrations run, just after the port was bound, while shutting down or when the
         *     database is unreachable. Use it as a load balancer's health check. No authentication.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This specification, as JSON
         * @description This OpenAPI document, as JSON. No authentication.
         */
        get: operations["getOpenApiJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.yaml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This specification, as YAML
         * @description This OpenAPI document, as YAML (the source file, verbatim). No authentication.
         */
        get: operations["getOpenApiYaml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mcp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send one MCP (JSON-RPC) message
         * @description The Model Context Protocol's Streamable HTTP transport, stateless: every request stands
         *     alone (no `Mcp-Session-Id`), so any process behind a round-robin balancer answers it.
         *     Also served at `/api/mcp`. Send one JSON-RPC 2.0 message (`initialize`, `tools/list`,
         *     `tools/call`, `resources/read`, `prompts/get`, … or a notification) with
         *     `Accept: application/json, text/event-stream` and, after `initialize`, the negotiated
         *     `Mcp-Protocol-Version`. A request answers 200 with its JSON-RPC response as
         *     `application/json`; a notification or response answers 202 without a body. JSON-RPC
         *     batches (arrays) are not accepted.
         *
         *     Authentication, the per-key rate limit (each HTTP request counts once, as a REST request
         *     does) and the request id work as on the REST API; errors before the message reaches the
         *     MCP server use the error envelope, errors of the protocol itself (missing `Accept`, an
         *     unsupported protocol version, a malformed message) are JSON-RPC errors. A tool's own
         *     failure (`insufficient_scope`, `feature_locked`, `validation_error`, `quota_exceeded`,
         *     …) is a tool result with `isError: true` whose text is the REST error envelope.
         *
         *     `GET` and `DELETE` answer 405 `method_not_allowed`: a stateless server offers no
         *     server-sent event stream and no session to delete.
         */
        post: operations["mcpMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/oauth-protected-resource": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * OAuth protected-resource metadata (RFC 9728)
         * @description What an MCP client reads after a 401 from `/mcp` (the `resource_metadata` of its
         *     `WWW-Authenticate` header): the resource, the scopes and that the key goes in the
         *     `Authorization` header. No authorization server is listed yet (OAuth login comes
         *     later): use an API key. `resource` is this server's origin, as the request reached it
         *     (its `Host`, and `X-Forwarded-Proto` / `X-Forwarded-Host` when a proxy sets them). No
         *     authentication.
         */
        get: operations["getProtectedResourceMetadata"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    deliveryEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A delivery, as your endpoint receives it
         * @description HumanHours POSTs one event per request to each subscribed endpoint, with
         *     `X-Humanhours-Signature: t=<unix>,v1=<hex>` (HMAC-SHA256 of `{t}.{raw body}` with the
         *     endpoint's secret; two `v1` entries during a secret rotation), `X-Humanhours-Event` (the
         *     type) and `X-Humanhours-Delivery` (the delivery id, the same on every retry and
         *     redelivery: dedupe on it). Answer any 2xx within 10 s; anything else is retried after
         *     0 s, 30 s, 2 min, 10 min and 1 h. See `docs/webhooks.md`.
         */
        post: operations["receiveWebhookEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * @description A request id of 1–200 printable ASCII characters.
         * @example req_01HXYZ8K3M4N5P6Q7R8S9T0V1W
         */
        RequestId: string;
        /**
         * @description An idempotency key, unique per logical run, 1–255 characters.
         * @example 6f1c9a2e-3b7d-4e58-9a0c-1d2e3f4a5b6c
         */
        IdempotencyKey: string;
        /**
         * Format: date-time
         * @description An RFC 3339 date-time with a time zone offset, e.g. `2026-05-06T10:42:00.000Z`.
         * @example 2026-05-06T10:42:00.000Z
         */
        DateTime: string;
        /**
         * @description An ISO 4217 currency code.
         * @example EUR
         */
        Currency: string;
        /**
         * @description An IANA time zone name, e.g. `Europe/Berlin` or `UTC`, in any letter case. The server stores and answers
         *     its canonical spelling as the tz database has it (`europe/BERLIN` → `Europe/Berlin`, `utc` → `UTC`).
         * @example Europe/Berlin
         */
        TimeZone: string;
        /**
         * @description Your stable id for the agent.
         * @example support-classifier
         */
        AgentId: string;
        /**
         * @description A task type key (a built-in, or one of the org's custom types).
         * @example email_classification
         */
        TaskTypeName: string;
        /**
         * @description A task type key in lowercase snake_case, starting with a letter, at most 64 characters.
         * @example contract_redline_review
         */
        TaskTypeKey: string;
        /**
         * @description A client, as found in the events' metadata `client` or `client_id`.
         * @example acme
         */
        ClientName: string;
        /**
         * @description A model id, ideally the OpenRouter id (matched exactly against the price book).
         * @example anthropic/claude-opus-4.8
         */
        ModelId: string;
        /**
         * @description How the run ended. `success` earns the full baseline, `needs_review` the org's
         *     `needs_review_credit` share of it (default 0.5), `failure` nothing.
         * @enum {string}
         */
        Outcome: "success" | "failure" | "needs_review";
        /**
         * @description An API key's 8-character public id.
         * @example AbCd1234
         */
        ApiKeyId: string;
        /**
         * @description `track:write`: track events. `read:reports`: reports, agents, task types, models, org.
         *     `admin`: API keys, task type changes, org and agent settings (and everything
         *     `review:write` grants). `review:write`: approving or rejecting `needs_review` events.
         * @enum {string}
         */
        ApiKeyScope: "track:write" | "read:reports" | "admin" | "review:write";
        /**
         * @description `live` keys start with `hh_live_`, `test` keys with `hh_test_`.
         * @enum {string}
         */
        ApiKeyMode: "live" | "test";
        /**
         * @description An org id, `org_` followed by a ULID.
         * @example org_01HQ2B3C4D5E6F7G8H9J0K1M2N
         */
        OrgId: string;
        /**
         * @description The org's plan, ordered `free` < `pro` < `agency` < `enterprise`.
         * @enum {string}
         */
        Plan: "free" | "pro" | "agency" | "enterprise";
        /**
         * @description The category of a task type.
         * @enum {string}
         */
        TaskTypeCategory: "support" | "ops" | "sales" | "legal" | "content" | "research" | "data" | "dev";
        /**
         * @description Free-form JSON object, stored with the event and queryable in reports
         *     (`metadata.<key>=<value>` filters and `group_by=metadata.<key>` on top-level string
         *     values). At most 8 KB serialized and 5 levels deep (checked by the server: 422
         *     `validation_error`, `field: metadata`). A top-level string `client` (or, failing that,
         *     `client_id`) of 1–200 characters is the reports' `client` dimension.
         * @example {
         *       "client": "acme",
         *       "ticket_id": "T-4211"
         *     }
         */
        Metadata: {
            [key: string]: unknown;
        };
        /**
         * @description Page size.
         * @default 100
         */
        PageLimit: number;
        /** @description An opaque pagination cursor (base64url). */
        Cursor: string;
        /** @description A case-insensitive substring. */
        SearchTerm: string;
        /**
         * @description Stable, machine-readable error code:
         *     `invalid_json` 400, `bad_request` 400, `missing_authorization` 401,
         *     `invalid_api_key` 401, `key_revoked` 401, `admin_token_invalid` 401,
         *     `insufficient_scope` 403, `feature_locked` 403, `workspace_limit_reached` 403, `not_found` 404,
         *     `method_not_allowed` 405, `request_timeout` 408, `idempotency_key_reused` 409, `already_reviewed` 409,
         *     `not_reviewable` 409, `settings_conflict` 409, `payload_too_large` 413,
         *     `unsupported_media_type` 415, `validation_error` 422, `unknown_task_type` 422,
         *     `occurred_at_out_of_range` 422, `raw_events_expired` 422, `value_out_of_range` 422, `rate_limited` 429,
         *     `quota_exceeded` 429, `internal` 500, `not_supported` 501, `service_unavailable` 503, `report_timeout` 503.
         * @enum {string}
         */
        ErrorCode: "missing_authorization" | "invalid_api_key" | "key_revoked" | "admin_token_invalid" | "insufficient_scope" | "feature_locked" | "not_found" | "method_not_allowed" | "request_timeout" | "idempotency_key_reused" | "already_reviewed" | "not_reviewable" | "settings_conflict" | "invalid_json" | "bad_request" | "payload_too_large" | "unsupported_media_type" | "validation_error" | "unknown_task_type" | "occurred_at_out_of_range" | "raw_events_expired" | "value_out_of_range" | "rate_limited" | "quota_exceeded" | "workspace_limit_reached" | "internal" | "not_supported" | "service_unavailable" | "report_timeout";
        /** @description What went wrong. */
        ErrorDetail: {
            code: components["schemas"]["ErrorCode"];
            /** @description A human-readable explanation; its wording may change. */
            message: string;
            /** @description What to do about it, when there is something to do. */
            hint?: string;
            /**
             * @description The offending input: a dotted path into the body (`audit_sample.input_excerpt`,
             *     `events`; relative to the item in batch results), or a query parameter or header
             *     name (`group_by`, `Idempotency-Key`).
             */
            field?: string;
        };
        /**
         * @description The error envelope of every error response.
         * @example {
         *       "error": {
         *         "code": "validation_error",
         *         "message": "outcome must be one of success, failure, needs_review.",
         *         "field": "outcome"
         *       }
         *     }
         */
        Error: {
            error: components["schemas"]["ErrorDetail"];
        };
        /**
         * @description An event id (`evt_` and a ULID).
         * @example evt_01HQ2B3C4D5E6F7G8H9J0K1M2N
         */
        EventId: string;
        /**
         * @description `approved`: valued at full credit. `rejected`: valued at zero.
         * @enum {string}
         */
        ReviewDecision: "approved" | "rejected";
        /**
         * @description `pending`: a `needs_review` event nobody has reviewed yet.
         * @enum {string}
         */
        ReviewState: "pending" | "approved" | "rejected";
        /** @description Who reviewed the event (which API key), when, the decision and its note. */
        ReviewRecord: {
            decision: components["schemas"]["ReviewDecision"];
            note: string | null;
            reviewed_at: components["schemas"]["DateTime"];
            reviewed_by_key_id: components["schemas"]["ApiKeyId"];
        };
        /** @description Hours, cost saved and net saved of one event, in the event's currency. */
        EventValue: {
            hours_saved: number;
            cost_saved: number;
            net_saved: number;
        };
        /**
         * @description A stored event: the `TrackedEvent` fields (its valuation as tracked, never changed),
         *     its audit sample, its review and the value reports count it at.
         */
        Event: {
            audit_sample: components["schemas"]["AuditSample"] | null;
            /** @description `null` unless the outcome is `needs_review`. */
            review_state: components["schemas"]["ReviewState"] | null;
            /** @description The review record, or `null` while not reviewed. */
            review: components["schemas"]["ReviewRecord"] | null;
            /** @description A `needs_review` event's value at full credit (what approving it counts); otherwise `null`. */
            full_credit: components["schemas"]["EventValue"] | null;
            /**
             * @description The value reports count it at: the review's (approved: `full_credit`; rejected:
             *     zero, net of its agent cost), else the tracked one (or, for a pending event in an
             *     org with `pending_review_valuation: zero`, zero).
             */
            counted: components["schemas"]["EventValue"];
        } & components["schemas"]["TrackedEventFields"];
        /** @description One page of events, newest first. */
        EventList: {
            data: components["schemas"]["Event"][];
            /** @description Pass as `cursor` for the next page; `null` on the last page. */
            next_cursor: string | null;
        };
        /** @description A review decision. */
        ReviewRequest: {
            decision: components["schemas"]["ReviewDecision"];
            note?: string;
        };
        /** @description One decision for up to 1,000 distinct events. */
        BulkReviewRequest: {
            event_ids: components["schemas"]["EventId"][];
            decision: components["schemas"]["ReviewDecision"];
            note?: string;
        };
        /** @description One id's result: `status` 200 with `event`, or 404 / 409 with `error`. */
        BulkReviewResult: {
            event_id: components["schemas"]["EventId"];
            /** @enum {integer} */
            status: 200 | 404 | 409;
            event?: components["schemas"]["Event"];
            error?: components["schemas"]["ErrorDetail"];
        };
        /** @description One result per requested id, in request order, and how many of each. */
        BulkReviewResponse: {
            results: components["schemas"]["BulkReviewResult"][];
            summary: {
                /** @description Ids answered 200 (reviewed now, or already with the same decision). */
                reviewed: number;
                conflicts: number;
                not_found: number;
            };
        };
        /**
         * @description The fields of one tracked event (a building block of `TrackRequest` and
         *     `TrackBatchItem`, which forbid unknown properties; `TrackBatchItem` adds
         *     `idempotency_key`). `agent_id`, `task_type` and `outcome` are required.
         *     The client an event was for goes in `metadata.client`: a top-level `client`
         *     answers 422 `validation_error` with `field: client` and a hint saying so.
         */
        TrackFields: {
            agent_id: components["schemas"]["AgentId"];
            task_type: components["schemas"]["TaskTypeName"];
            outcome: components["schemas"]["Outcome"];
            /**
             * @description Wall-clock seconds the agent took. Missing counts as 0. At most 7 days (604,800 s), as
             *     the longest baseline: a run that long saves no time. See *Number limits*.
             */
            agent_duration_seconds?: number;
            /**
             * @description Cost of the agent run, in the org currency. Takes precedence over a cost computed from
             *     `model` and tokens. A cost computed from them is held to the same maximum: above it the
             *     event answers 422 `value_out_of_range`.
             */
            agent_cost?: number;
            model?: components["schemas"]["ModelId"];
            /** @description Input (prompt) tokens of this run; at most a billion (see *Number limits*). */
            tokens_in?: number;
            /** @description Output (completion) tokens of this run; at most a billion. */
            tokens_out?: number;
            /** @description Minutes a human would take for this task; overrides the task type's baseline for this event only. */
            human_baseline_minutes?: number;
            metadata?: components["schemas"]["Metadata"];
            audit_sample?: components["schemas"]["AuditSample"];
            /**
             * Format: date-time
             * @description When the task happened (RFC 3339). Default: the time of receipt. More than 90 days
             *     in the past or more than 24 h in the future answers 422 `occurred_at_out_of_range`.
             */
            occurred_at?: string;
        };
        /** @description An excerpt of the run kept for audits; not used in valuation. */
        AuditSample: {
            input_excerpt?: string;
            output_excerpt?: string;
            model?: components["schemas"]["ModelId"];
            tokens_in?: number;
            tokens_out?: number;
        };
        /** @description One agent run to record. */
        TrackRequest: components["schemas"]["TrackFields"];
        /** @description One event of a batch, with its own optional idempotency key. */
        TrackBatchItem: {
            idempotency_key?: components["schemas"]["IdempotencyKey"];
        } & components["schemas"]["TrackFields"];
        /**
         * @description 1 to 1,000 events. `events` itself is validated with the request (422 for the whole
         *     request when it is missing, not an array, empty or too long); each item is validated
         *     on its own and an invalid item gets its own 422 result without affecting the others.
         */
        TrackBatchRequest: {
            events: components["schemas"]["TrackBatchItem"][];
        };
        /** @description The prices and FX rate used to compute `agent_cost`, frozen on the event. */
        ResolvedPricing: {
            model: components["schemas"]["ModelId"];
            input_usd_per_million_tokens: number;
            output_usd_per_million_tokens: number;
            price_book_as_of: components["schemas"]["DateTime"];
            /** @description Units of the org currency per USD (1 when the org currency is USD). */
            fx_rate: number;
            /**
             * Format: date
             * @description The date of the FX rate (`YYYY-MM-DD`).
             */
            fx_as_of: string;
        };
        /**
         * @description A stored event with its valuation, frozen at receipt. Every field is present; those
         *     that do not apply are `null`.
         */
        TrackedEvent: components["schemas"]["TrackedEventFields"];
        /** @description The fields of a tracked event (a building block of `TrackedEvent` and `Event`). */
        TrackedEventFields: {
            /** @description `evt_` followed by a ULID. */
            event_id: string;
            agent_id: components["schemas"]["AgentId"];
            task_type: components["schemas"]["TaskTypeName"];
            outcome: components["schemas"]["Outcome"];
            /** @description The human baseline used, in minutes. */
            resolved_baseline_minutes: number;
            /**
             * @description Which layer supplied the baseline: `request` (inline `human_baseline_minutes`),
             *     `override` (the org's override of a built-in), `builtin`, `custom` (the org's custom
             *     type, with its override if any), `fallback` (the org's `fallback_baseline_minutes`).
             * @enum {string}
             */
            resolved_baseline_source: "request" | "override" | "builtin" | "custom" | "fallback";
            /** @description The hourly rate used, in the org currency: agent override → org default → 45. */
            resolved_hourly_rate: number;
            currency: components["schemas"]["Currency"];
            agent_duration_seconds: number | null;
            /** @description `round3(credit × max(0, baseline − duration / 60) / 60)`, 3 decimals. */
            hours_saved: number;
            /** @description `round2(hours_saved × resolved_hourly_rate)`, from the rounded hours; org currency. */
            cost_saved: number;
            /** @description The run's cost in the org currency, provided or computed; `null` when `resolved_cost_source` is `none`. */
            agent_cost: number | null;
            /**
             * @description `provided` (`agent_cost` sent), `computed` (from `model` and tokens via the price book) or `none`.
             * @enum {string}
             */
            resolved_cost_source: "provided" | "computed" | "none";
            /** @description `round2(cost_saved − agent_cost)`; may be negative. */
            net_saved: number;
            model: string | null;
            tokens_in: number | null;
            tokens_out: number | null;
            /** @description The metadata's top-level string `client` (else `client_id`) when 1–200 characters long; otherwise `null`. */
            client: string | null;
            /** @description The metadata as sent, or `null`. */
            metadata: components["schemas"]["Metadata"] | null;
            /** @description The frozen prices, when `resolved_cost_source` is `computed`; otherwise `null`. */
            resolved_pricing: components["schemas"]["ResolvedPricing"] | null;
            occurred_at: components["schemas"]["DateTime"];
            received_at: components["schemas"]["DateTime"];
        };
        /** @description An item that was recorded (201) or replayed (200). */
        TrackBatchResultSuccess: {
            /** @description The item's position in `events`, from 0. */
            index: number;
            /**
             * @description 201 created, 200 replayed.
             * @enum {integer}
             */
            status: 200 | 201;
            /** @description `true` exactly when `status` is 200. */
            replayed: boolean;
            event: components["schemas"]["TrackedEvent"];
        };
        /**
         * @description An item that was rejected: 409 `idempotency_key_reused`, 422 (`validation_error`,
         *     `unknown_task_type`, `occurred_at_out_of_range`) or 429 `quota_exceeded`.
         */
        TrackBatchResultFailure: {
            /** @description The item's position in `events`, from 0. */
            index: number;
            /** @enum {integer} */
            status: 409 | 422 | 429;
            /**
             * @description Always `false`.
             * @enum {boolean}
             */
            replayed: false;
            error: components["schemas"]["ErrorDetail"];
        };
        /** @description The result of one batch item. */
        TrackBatchResult: components["schemas"]["TrackBatchResultSuccess"] | components["schemas"]["TrackBatchResultFailure"];
        /** @description Counts of the results; they add up to the number of events sent. */
        TrackBatchSummary: {
            /** @description New events created (status 201). */
            accepted: number;
            /** @description Replays (status 200). */
            replayed: number;
            /** @description Rejected items (409, 422, 429). */
            failed: number;
        };
        /** @description One result per submitted event, in input order, and their counts. */
        TrackBatchResponse: {
            results: components["schemas"]["TrackBatchResult"][];
            summary: components["schemas"]["TrackBatchSummary"];
        };
        /**
         * @description A named reporting range (see the `period` parameter).
         * @default 30d
         * @enum {string}
         */
        Period: "24h" | "7d" | "30d" | "90d" | "ytd" | "all";
        /**
         * @description The named range used, or `custom` for an explicit `from`/`to`.
         * @enum {string}
         */
        ResolvedPeriod: "24h" | "7d" | "30d" | "90d" | "ytd" | "all" | "custom";
        /** @description The half-open range `[from, to)` the report covers, as UTC instants. */
        ReportRange: {
            from: components["schemas"]["DateTime"];
            to: components["schemas"]["DateTime"];
        };
        /**
         * @description A grouping dimension: `agent` (group key `agent_id`), `task_type`, `client`, `model`,
         *     `outcome`, `day`, `week`, `month`, or `metadata.<key>` for a top-level string metadata
         *     key.
         */
        GroupByDimension: ("agent" | "task_type" | "client" | "model" | "outcome" | "day" | "week" | "month" | "workspace") | string;
        /**
         * @description 1–4 distinct grouping dimensions.
         * @default [
         *       "agent"
         *     ]
         */
        GroupByList: components["schemas"]["GroupByDimension"][];
        /**
         * @description A metric to sort or rank by, descending.
         * @enum {string}
         */
        ReportSort: "hours_saved" | "cost_saved" | "net_saved" | "events";
        /** @description A row count. */
        ReportTop: number;
        /**
         * @description `json` or `csv`.
         * @default json
         * @enum {string}
         */
        ReportFormat: "json" | "csv";
        /**
         * @description The metrics of a set of events (a building block of report rows and totals). Money is
         *     in the org currency rounded to its minor units, hours to 3 decimals; sums are exact
         *     sums of the events' own values.
         */
        ReportMetricsFields: {
            /** @description Number of events. */
            events: number;
            events_success: number;
            events_failure: number;
            events_needs_review: number;
            /** @description Sum of the events' `hours_saved`. */
            hours_saved: number;
            /** @description Sum of the events' `cost_saved`. */
            cost_saved: number;
            /** @description Sum of the events' `agent_cost` (events without a cost count 0). */
            agent_cost: number;
            /** @description Sum of the events' `net_saved` (= `cost_saved − agent_cost`). */
            net_saved: number;
            /** @description Sum of `tokens_in` (missing counts 0). */
            tokens_in: number;
            /** @description Sum of `tokens_out` (missing counts 0). */
            tokens_out: number;
            /** @description Sum of `agent_duration_seconds` (missing counts 0). */
            agent_duration_seconds_total: number;
            /** @description Average `agent_duration_seconds` over the events that reported one (3 decimals); `null` when none did. */
            agent_duration_seconds_avg: number | null;
            /**
             * @description `hours_saved` ÷ the working hours of the time the row covers (the whole range, or
             *     the row's own day / week / month bucket within it), 3 decimals. Assumption: a
             *     40-hour week, i.e. 8 h per weekday, spread over calendar time: working hours =
             *     days × 40 / 7 (30 days = 171.429 h; 1 day = 5.714 h).
             */
            fte_equivalent: number;
            /** @description `needs_review` events nobody has reviewed yet (`GET /v1/events?review=pending`). */
            events_pending_review: number;
            /** @description The pending events' hours at full credit (what approving them all would count). */
            hours_at_stake: number;
            /**
             * @description The pending events' `cost_saved` at full credit: what approving them all would count
             *     (rejecting them, zero). The hours, cost and net above count them at the credit, or at
             *     zero with `pending_review_valuation: zero`; reviewed events at their review's value.
             */
            value_at_stake: number;
        };
        /** @description The metrics of a set of events. */
        ReportMetrics: components["schemas"]["ReportMetricsFields"];
        /**
         * @description The row's value of each grouped dimension. Keys: `agent_id`, `task_type`, `client`,
         *     `model`, `outcome`, `day` (`YYYY-MM-DD`), `week` (the ISO week's Monday,
         *     `YYYY-MM-DD`), `month` (`YYYY-MM`), or `metadata.<key>`; dates in `tz`. A `null` value
         *     is the "unassigned" bucket of events that lack the dimension (no client, no model, no
         *     such metadata key).
         * @example {
         *       "agent_id": "support-classifier",
         *       "task_type": "email_classification"
         *     }
         * @example {
         *       "client": null
         *     }
         */
        ReportGroup: {
            [key: string]: string | null;
        };
        /** @description One group and its metrics. */
        ReportRow: {
            group: components["schemas"]["ReportGroup"];
            /** @description The currency of the row's money (cross-workspace reports only). */
            currency?: components["schemas"]["Currency"];
        } & components["schemas"]["ReportMetricsFields"];
        /** @description How the report was computed. */
        ReportMeta: {
            period: components["schemas"]["ResolvedPeriod"];
            range: components["schemas"]["ReportRange"];
            tz: components["schemas"]["TimeZone"];
            group_by: components["schemas"]["GroupByList"];
            sort: components["schemas"]["ReportSort"];
            /** @description Number of groups matching the query, before `top`. */
            total_groups: number;
            /** @description The `workspace` asked for (cross-workspace reports only). */
            workspace?: string;
            /** @description The org ids the report covers (cross-workspace reports only). */
            workspaces?: components["schemas"]["OrgId"][];
            /**
             * @description Cross-workspace reports only: `true` when the rows' money was converted into `currency`
             *     (`convert=true`); `totals` is always in `currency`, converted where a workspace has another.
             */
            converted?: boolean;
        };
        /** @description A grouped report (time-saved, cost-saved). */
        ReportResponse: {
            meta: components["schemas"]["ReportMeta"];
            currency: components["schemas"]["Currency"];
            totals: components["schemas"]["ReportMetrics"];
            /** @description Cross-workspace reports only: the totals of each currency, never summed across currencies. */
            totals_by_currency?: components["schemas"]["CurrencyTotals"][];
            /** @description The groups, sorted; the first `top` only when `top` is given, and never more than 10,000. */
            rows: components["schemas"]["ReportRow"][];
        };
        /**
         * @description A UTF-8 CSV document (RFC 4180): a header row, then one row per line. Text cells that
         *     begin with `=`, `+`, `-`, `@`, a tab or a carriage return are prefixed with `'`
         *     (spreadsheet formula injection); numbers are written as plain JSON numbers; `null` is
         *     an empty cell.
         */
        CsvDocument: string;
        /** @description How the leaderboard was computed. */
        LeaderboardMeta: {
            period: components["schemas"]["ResolvedPeriod"];
            range: components["schemas"]["ReportRange"];
            tz: components["schemas"]["TimeZone"];
            metric: components["schemas"]["ReportSort"];
            /** @description Number of agents with events matching the query, before `top`. */
            total_groups: number;
            /** @description The `workspace` asked for (cross-workspace reports only). */
            workspace?: string;
            /** @description The org ids the report covers (cross-workspace reports only). */
            workspaces?: components["schemas"]["OrgId"][];
            /** @description Cross-workspace reports only: whether money was converted into `currency`. */
            converted?: boolean;
        };
        /** @description One ranked agent and its metrics. */
        LeaderboardRow: {
            /** @description 1 for the first row, without gaps. */
            rank: number;
            agent_id: components["schemas"]["AgentId"];
            display_name: string | null;
            /** @description The agent's workspace (cross-workspace leaderboards only; the same agent id in two workspaces is two agents). */
            workspace?: components["schemas"]["OrgId"];
            /** @description The currency of the row's money (cross-workspace leaderboards only). */
            currency?: components["schemas"]["Currency"];
        } & components["schemas"]["ReportMetricsFields"];
        /** @description Agents ranked by one metric. */
        LeaderboardResponse: {
            meta: components["schemas"]["LeaderboardMeta"];
            currency: components["schemas"]["Currency"];
            rows: components["schemas"]["LeaderboardRow"][];
        };
        /** @description The range the summary covers. */
        SummaryMeta: {
            period: components["schemas"]["ResolvedPeriod"];
            range: components["schemas"]["ReportRange"];
            tz: components["schemas"]["TimeZone"];
            /** @description The `workspace` asked for (cross-workspace reports only). */
            workspace?: string;
            /** @description The org ids the report covers (cross-workspace reports only). */
            workspaces?: components["schemas"]["OrgId"][];
            /** @description Cross-workspace reports only: whether money was converted into `currency`. */
            converted?: boolean;
        };
        /** @description Event counts per outcome. */
        SummaryOutcomes: {
            success: number;
            failure: number;
            needs_review: number;
        };
        /** @description Share of events per outcome, 0–1 rounded to 4 decimals; `null` when there are no events. */
        SummaryRates: {
            success_rate: number | null;
            failure_rate: number | null;
            needs_review_rate: number | null;
        };
        /**
         * @description Per-event averages (hours to 3 decimals, money to minor units); `null` when there are
         *     no events. `agent_duration_seconds` averages over the events that reported a duration.
         */
        SummaryAverages: {
            hours_saved_per_event: number | null;
            cost_saved_per_event: number | null;
            net_saved_per_event: number | null;
            agent_cost_per_event: number | null;
            agent_duration_seconds: number | null;
        };
        /** @description Distinct non-null agents, task types, clients and models with events in the range. */
        SummaryActive: {
            agents: number;
            task_types: number;
            clients: number;
            models: number;
        };
        /** @description One calendar day of the range (in `tz`) and its metrics. */
        TrendPoint: {
            /**
             * Format: date
             * @description `YYYY-MM-DD` in `tz`.
             */
            day: string;
        } & components["schemas"]["ReportMetricsFields"];
        /** @description One entry of a top-10 list; `key` null is the "unassigned" bucket. */
        TopEntry: {
            key: string | null;
        } & components["schemas"]["ReportMetricsFields"];
        /** @description The top 10 agents, task types, clients and models by `hours_saved`, descending. */
        SummaryTop: {
            agents: components["schemas"]["TopEntry"][];
            task_types: components["schemas"]["TopEntry"][];
            clients: components["schemas"]["TopEntry"][];
            models: components["schemas"]["TopEntry"][];
        };
        /** @description Aggregated ROI for a period. */
        SummaryResponse: {
            meta: components["schemas"]["SummaryMeta"];
            currency: components["schemas"]["Currency"];
            totals: components["schemas"]["ReportMetrics"];
            /** @description Cross-workspace summaries only: the totals of each currency, unconverted. */
            totals_by_currency?: components["schemas"]["CurrencyTotals"][];
            outcomes: components["schemas"]["SummaryOutcomes"];
            rates: components["schemas"]["SummaryRates"];
            averages: components["schemas"]["SummaryAverages"];
            active: components["schemas"]["SummaryActive"];
            /** @description One entry per calendar day of the range in `tz`, oldest first; days without events have zeros. */
            trend: components["schemas"]["TrendPoint"][];
            top: components["schemas"]["SummaryTop"];
        };
        /** @description The org's plan and quota state for the current billing month. */
        UsageReport: {
            plan: components["schemas"]["Plan"];
            currency: components["schemas"]["Currency"];
            /** @description Events recorded in the billing month (replays excluded). */
            events_this_month: number;
            /** @description Events included per month (the plan's, or the org's `included_events`). */
            events_included_in_plan: number;
            /** @description Events beyond the included amount so far (always 0 on free, where the cap rejects). */
            overage_events: number;
            lifetime_events: number;
            /**
             * @description The overage charge projected for the end of the month at this month's pace, priced
             *     with the graduated tiers, in EUR (cents); `null` when no overage is forecast.
             */
            projected_overage_eur: number | null;
            /** @description Start of the billing month (midnight of its first day in the org's timezone), inclusive. */
            period_start: components["schemas"]["DateTime"];
            /** @description End of the billing month (midnight of the next month's first day in the org's timezone), exclusive. */
            period_end: components["schemas"]["DateTime"];
            /** @description The per-API-key cap of the plan, in requests per second. */
            rate_limit_per_second: number;
            /** @description `true` when reaching the included events rejects further events (free plan) instead of billing overage. */
            hard_cap: boolean;
            pool?: components["schemas"]["UsagePool"];
        };
        /**
         * @description Present for the orgs of a workspace pool: the quota is the pool's, so `events_this_month`
         *     and the overage above are the pool's; `workspaces` holds each workspace's share (a child
         *     sees only its own).
         */
        UsagePool: {
            owner_org_id: components["schemas"]["OrgId"];
            events_this_month: number;
            workspaces: {
                id: components["schemas"]["OrgId"];
                name: string;
                events_this_month: number;
                /** @description This workspace's share of the pool's events this month (0–1, 4 decimals). */
                share: number;
            }[];
        };
        /** @description The totals of one currency. */
        CurrencyTotals: {
            currency: components["schemas"]["Currency"];
        } & components["schemas"]["ReportMetricsFields"];
        /** @description A workspace of the pool (the parent or a child). */
        Workspace: {
            id: components["schemas"]["OrgId"];
            name: string;
            /** @description The pool owner; `null` for the parent itself. */
            parent_org_id: components["schemas"]["OrgId"] | null;
            currency: components["schemas"]["Currency"];
            default_hourly_rate: number;
            timezone: components["schemas"]["TimeZone"];
            /** @description This workspace's events in the pool's billing month. */
            events_this_month: number;
            created_at: components["schemas"]["DateTime"];
            closed_at: components["schemas"]["DateTime"] | null;
        };
        /** @description One page of workspaces, the parent first, then the children oldest first. */
        WorkspaceList: {
            data: components["schemas"]["Workspace"][];
            next_cursor: string | null;
            /** @description How many workspaces (the parent included) the plan allows; `null` = no limit. */
            limit: number | null;
        };
        /** @description A new child workspace. */
        WorkspaceCreate: {
            name: string;
            /** @description Default the parent's. */
            currency?: components["schemas"]["Currency"];
            default_hourly_rate?: number;
            /** @description Default the parent's (the pool's billing month always follows the parent's). */
            timezone?: components["schemas"]["TimeZone"];
        };
        /** @description The child fields the parent may change. */
        WorkspaceUpdate: {
            name?: string;
            currency?: components["schemas"]["Currency"];
            default_hourly_rate?: number;
            timezone?: components["schemas"]["TimeZone"];
        };
        /** @description The new workspace and its first API key (all scopes, live), shown once. */
        CreatedWorkspace: {
            workspace: components["schemas"]["Workspace"];
            api_key: components["schemas"]["CreatedApiKey"];
        };
        /** @description A share link id, `shl_` followed by a ULID. */
        ShareLinkId: string;
        /** @description Filters the link's view is fixed to. */
        ShareFilters: {
            agent_id?: components["schemas"]["AgentId"];
            task_type?: components["schemas"]["TaskTypeName"];
            client?: components["schemas"]["ClientName"];
            model?: components["schemas"]["ModelId"];
            outcome?: components["schemas"]["Outcome"];
        };
        /** @description What the link shows: a view, a period (or `from`/`to`), filters, and when it expires. */
        ShareLinkCreate: {
            /** @description A label for the link list and the page's heading. */
            name?: string;
            /** @enum {string} */
            view: "overview";
            period?: components["schemas"]["Period"];
            from?: components["schemas"]["DateTime"];
            to?: components["schemas"]["DateTime"];
            filters?: components["schemas"]["ShareFilters"];
            /** @description After this instant the link answers 404; omit for a link that lasts until revoked. */
            expires_at?: components["schemas"]["DateTime"];
        };
        /** @description A share link (never its token). */
        ShareLink: components["schemas"]["ShareLinkFields"];
        /** @description The fields of a share link (a building block of `ShareLink` and `CreatedShareLink`). */
        ShareLinkFields: {
            id: components["schemas"]["ShareLinkId"];
            name: string | null;
            /** @enum {string} */
            view: "overview";
            /** @description The named period (`null` for a fixed range). */
            period: string | null;
            from: components["schemas"]["DateTime"] | null;
            to: components["schemas"]["DateTime"] | null;
            filters: components["schemas"]["ShareFilters"];
            expires_at: components["schemas"]["DateTime"] | null;
            created_at: components["schemas"]["DateTime"];
            created_by: components["schemas"]["ApiKeyId"];
            revoked_at: components["schemas"]["DateTime"] | null;
            access_count: number;
            last_opened_at: components["schemas"]["DateTime"] | null;
        };
        /** @description The link, with its token and URL, shown exactly once. */
        CreatedShareLink: {
            token: string;
            /** @description `/share#<token>` on this server: the fragment never reaches a server log. */
            url: string;
        } & components["schemas"]["ShareLinkFields"];
        /** @description One page of share links, newest first. */
        ShareLinkList: {
            data: components["schemas"]["ShareLink"][];
            next_cursor: string | null;
        };
        /** @description What a share link shows. */
        SharedOverview: {
            link: {
                name: string | null;
                /** @enum {string} */
                view: "overview";
                filters: components["schemas"]["ShareFilters"];
                expires_at: components["schemas"]["DateTime"] | null;
            };
            org_name: string;
            summary: components["schemas"]["SummaryResponse"];
            /**
             * @description The totals of the range of equal length just before `summary.meta.range` (as many
             *     calendar days of `tz`, or the same duration for `24h`), with the link's filters, for
             *     the cards' comparison; `null` for `all`.
             */
            previous_totals: components["schemas"]["ReportMetrics"] | null;
            /**
             * @description The display names of the agents and task types in `summary.top` (those that have one),
             *     so the page names them as the dashboard does.
             */
            display_names: {
                agents: {
                    [key: string]: string;
                };
                task_types: {
                    [key: string]: string;
                };
            };
        };
        /** @description One recorded change. */
        AuditEntry: {
            id: string;
            at: components["schemas"]["DateTime"];
            /** @description The public id of the API key that made the change (`admin` for the operator). */
            actor_key_id: string;
            /** @description e.g. `workspace.created`, `workspace.updated`, `workspace.closed`, `share_link.created`, `share_link.revoked`, `task_type.override`. */
            action: string;
            /** @enum {string} */
            target_type: "workspace" | "share_link" | "task_type";
            target_id: string;
            /** @description What changed. */
            details: {
                [key: string]: unknown;
            };
        };
        /** @description One page of the audit trail, newest first. */
        AuditLogPage: {
            data: components["schemas"]["AuditEntry"][];
            next_cursor: string | null;
        };
        /** @description The org's override of a task type's baseline. */
        TaskTypeOverride: {
            baseline_minutes: number;
            reason: string;
            created_at: components["schemas"]["DateTime"];
            /** @description The public id of the API key that set it. */
            created_by: components["schemas"]["ApiKeyId"];
        };
        /** @description The fields of a task type (a building block of `TaskType` and `TaskTypeDetail`). */
        TaskTypeFields: {
            key: components["schemas"]["TaskTypeKey"];
            display_name: string;
            category: components["schemas"]["TaskTypeCategory"];
            /**
             * @description `builtin` (shipped with HumanHours) or `custom` (created by the org).
             * @enum {string}
             */
            kind: "builtin" | "custom";
            /** @description The baseline as shipped (built-in) or created (custom), in minutes, kept beside any override. */
            default_baseline_minutes: number;
            /** @description The citation the default baseline is based on. */
            baseline_source: string;
            /**
             * Format: uri
             * @description Where the source can be checked, when it is online.
             */
            source_url: string | null;
            /** @description The org's override, or `null`. */
            override: components["schemas"]["TaskTypeOverride"] | null;
            /** @description The baseline new events get (the override when set, else the default). */
            effective_baseline_minutes: number;
            /**
             * Format: date-time
             * @description When the custom type was archived; always `null` for built-ins.
             */
            archived_at: string | null;
        };
        /** @description A task type with its baseline, source and the org's override. */
        TaskType: components["schemas"]["TaskTypeFields"];
        /** @description One audit-log entry of a task type. */
        TaskTypeHistoryEntry: {
            /** @enum {string} */
            action: "override_set" | "override_removed" | "created" | "archived";
            /** @description The effective baseline before the change (`null` for `created`). */
            old_baseline_minutes: number | null;
            /** @description The effective baseline after the change (`null` for `archived`). */
            new_baseline_minutes: number | null;
            reason: string | null;
            /** @description The public id of the API key that made the change. */
            actor: components["schemas"]["ApiKeyId"];
            at: components["schemas"]["DateTime"];
        };
        /** @description A task type with its audit trail. */
        TaskTypeDetail: {
            /** @description Newest first; at most the latest 1,000 entries. */
            history: components["schemas"]["TaskTypeHistoryEntry"][];
        } & components["schemas"]["TaskTypeFields"];
        /** @description Task types, ordered by category then key. */
        TaskTypeList: {
            data: components["schemas"]["TaskType"][];
        };
        /** @description A new custom task type. */
        TaskTypeCreate: {
            key: components["schemas"]["TaskTypeKey"];
            display_name: string;
            category: components["schemas"]["TaskTypeCategory"];
            default_baseline_minutes: number;
            /** @description What the baseline is based on (a study, a time measurement, a public source). */
            baseline_source: string;
            /**
             * Format: uri
             * @description An http(s) URL where the source can be checked (other schemes, e.g. `javascript:`, are refused).
             */
            source_url?: string;
        };
        /** @description The org's baseline for a task type, and why. */
        TaskTypeOverrideRequest: {
            baseline_minutes_override: number;
            reason: string;
        };
        /** @description An agent of the org. */
        Agent: {
            agent_id: components["schemas"]["AgentId"];
            display_name: string | null;
            /** @description The agent's own hourly rate in the org currency, or `null` for the org default. */
            hourly_rate_override: number | null;
            /** @description The rate new events of this agent get. */
            effective_hourly_rate: number;
            currency: components["schemas"]["Currency"];
            /** @description Lifetime events. */
            events: number;
            /**
             * Format: date-time
             * @description The first event's `occurred_at`; `null` for an agent configured before it was seen.
             */
            first_seen_at: string | null;
            /**
             * Format: date-time
             * @description The latest event's `occurred_at`; `null` for an agent configured before it was seen.
             */
            last_seen_at: string | null;
            hours_saved_30d: number;
            cost_saved_30d: number;
            net_saved_30d: number;
        };
        /** @description One page of agents. */
        AgentList: {
            data: components["schemas"]["Agent"][];
            /** @description Pass as `cursor` for the next page; `null` on the last page. */
            next_cursor: string | null;
        };
        /** @description The agent settings to change; `null` clears a setting. */
        AgentUpdate: {
            display_name?: string | null;
            hourly_rate_override?: number | null;
        };
        /** @description The fields of an API key (a building block of `ApiKey` and `CreatedApiKey`). */
        ApiKeyFields: {
            id: components["schemas"]["ApiKeyId"];
            name: string;
            /** @description The non-secret start of the key, e.g. `hh_live_AbCd1234`. */
            prefix: string;
            mode: components["schemas"]["ApiKeyMode"];
            scopes: components["schemas"]["ApiKeyScope"][];
            created_at: components["schemas"]["DateTime"];
            /**
             * Format: date-time
             * @description Approximate time of the last use (updated at most every few minutes); `null` if never used.
             */
            last_used_at: string | null;
            /** Format: date-time */
            revoked_at: string | null;
        };
        /** @description An API key (never its secret). */
        ApiKey: components["schemas"]["ApiKeyFields"];
        /** @description A newly created API key, with its secret. */
        CreatedApiKey: {
            /** @description The full key, to send as `Authorization: Bearer <secret>`. Shown exactly once; store it now. */
            secret: string;
        } & components["schemas"]["ApiKeyFields"];
        /** @description One page of API keys, newest first. */
        ApiKeyList: {
            data: components["schemas"]["ApiKey"][];
            /** @description Pass as `cursor` for the next page; `null` on the last page. */
            next_cursor: string | null;
        };
        /** @description A new API key. */
        ApiKeyCreate: {
            name: string;
            /**
             * @description Default all three.
             * @default [
             *       "track:write",
             *       "read:reports",
             *       "admin",
             *       "review:write"
             *     ]
             */
            scopes?: components["schemas"]["ApiKeyScope"][];
            /** @default live */
            mode?: components["schemas"]["ApiKeyMode"];
        };
        /** @description The fields of an org (a building block of `Org` and `AdminOrg`). */
        OrgFields: {
            id: components["schemas"]["OrgId"];
            name: string;
            plan: components["schemas"]["Plan"];
            currency: components["schemas"]["Currency"];
            /** @description Hourly rate of agents without an override, in the org currency. */
            default_hourly_rate: number;
            timezone: components["schemas"]["TimeZone"];
            /** @description Share of the baseline credited to `needs_review` events. */
            needs_review_credit: number;
            pending_review_valuation: components["schemas"]["PendingReviewValuation"];
            /** @description Baseline for task types outside the catalogue; `null` rejects them with `unknown_task_type`. */
            fallback_baseline_minutes: number | null;
            /** @description Org currency units per USD, used instead of the bundled FX table; `null` uses the table. */
            usd_fx_rate_override: number | null;
            /** @description Monthly included events set for this org (enterprise); `null` = the plan's default. */
            included_events: number | null;
            digest_emails: components["schemas"]["DigestEmails"];
            /** @description The pool owner when this org is a child workspace; `null` otherwise. */
            parent_org_id: components["schemas"]["OrgId"] | null;
            created_at: components["schemas"]["DateTime"];
        };
        /** @description An org's settings. */
        Org: components["schemas"]["OrgFields"];
        /** @description The settings to change. */
        OrgUpdate: {
            name?: string;
            /** @description Only while the org has no events (else 409 `settings_conflict`). */
            currency?: components["schemas"]["Currency"];
            default_hourly_rate?: number;
            timezone?: components["schemas"]["TimeZone"];
            needs_review_credit?: number;
            pending_review_valuation?: components["schemas"]["PendingReviewValuation"];
            fallback_baseline_minutes?: number | null;
            usd_fx_rate_override?: number | null;
            digest_emails?: components["schemas"]["DigestEmails"];
        };
        /**
         * @description An event type an endpoint can subscribe to (`ping` is sent by `POST /v1/webhooks/{id}/test` only).
         * @enum {string}
         */
        WebhookEventType: "event.created" | "agent.first_event" | "weekly.digest" | "monthly.digest" | "usage.threshold" | "alert.triggered" | "alert.resolved";
        /**
         * Format: uri
         * @description Where deliveries are POSTed: `https://` (or `http://` with `HUMANHOURS_WEBHOOK_ALLOW_PRIVATE=true`).
         */
        WebhookUrl: string;
        WebhookEventTypes: components["schemas"]["WebhookEventType"][];
        /** @description A new webhook endpoint. */
        WebhookCreate: {
            url: components["schemas"]["WebhookUrl"];
            event_types: components["schemas"]["WebhookEventTypes"];
            description?: string;
        };
        /** @description The endpoint settings to change. */
        WebhookUpdate: {
            url?: components["schemas"]["WebhookUrl"];
            event_types?: components["schemas"]["WebhookEventTypes"];
            description?: string | null;
            /** @description `false` stops deliveries; `true` re-enables (and resets the failure count). */
            enabled?: boolean;
            /** @description `true`: issue a new secret, returned once in this response. */
            rotate_secret?: boolean;
            /** @description How long the previous secret keeps signing after a rotation (default 86400). */
            rotation_grace_seconds?: number;
        };
        /** @description A webhook endpoint. */
        WebhookFields: {
            id: string;
            url: components["schemas"]["WebhookUrl"];
            description: string | null;
            event_types: components["schemas"]["WebhookEventTypes"];
            enabled: boolean;
            /**
             * @description `failing` after 5 consecutive failed attempts; `disabled` after 20 (or by `enabled: false`).
             * @enum {string}
             */
            status: "active" | "failing" | "disabled";
            consecutive_failures: number;
            /** Format: date-time */
            disabled_at: string | null;
            /**
             * Format: date-time
             * @description Until then deliveries carry a second signature made with the previous secret.
             */
            previous_secret_expires_at: string | null;
            created_at: components["schemas"]["DateTime"];
        };
        /** @description A webhook endpoint. */
        Webhook: components["schemas"]["WebhookFields"];
        /** @description A webhook endpoint; `secret` only when it was just created or rotated. */
        WebhookWithSecret: {
            /** @description The signing secret, shown once. */
            secret?: string;
        } & components["schemas"]["WebhookFields"];
        /** @description One page of webhook endpoints. */
        WebhookList: {
            data: components["schemas"]["Webhook"][];
            /** @description Pass as `cursor` for the next page; `null` on the last page. */
            next_cursor: string | null;
        };
        /** @description One event sent to one endpoint, with its attempts. */
        WebhookDelivery: {
            /** @description Sent as `X-Humanhours-Delivery`; the same on every attempt and redelivery. */
            id: string;
            webhook_id: string;
            /** @description The `id` of the payload. */
            event_id: string;
            /** @enum {string} */
            event_type: "event.created" | "agent.first_event" | "weekly.digest" | "monthly.digest" | "usage.threshold" | "alert.triggered" | "alert.resolved" | "ping";
            /**
             * @description `failed`: every scheduled attempt failed (redeliver to try again). Deliveries of a disabled endpoint stay `pending` until it is enabled again.
             * @enum {string}
             */
            status: "pending" | "succeeded" | "failed";
            attempts: number;
            last_status_code: number | null;
            last_error: string | null;
            /** @description The first 512 characters of the last response body. */
            response_excerpt: string | null;
            /** Format: date-time */
            next_attempt_at: string | null;
            /** Format: date-time */
            last_attempt_at: string | null;
            /** Format: date-time */
            delivered_at: string | null;
            created_at: components["schemas"]["DateTime"];
        };
        /** @description One page of deliveries. */
        WebhookDeliveryList: {
            data: components["schemas"]["WebhookDelivery"][];
            /** @description Pass as `cursor` for the next page; `null` on the last page. */
            next_cursor: string | null;
        };
        /** @enum {string} */
        AlertKind: "net_saved_below" | "cost_per_hour_saved_above" | "failure_share_above";
        /** @description A new alert rule. */
        AlertRuleCreate: {
            kind: components["schemas"]["AlertKind"];
            agent_id?: components["schemas"]["AgentId"];
            /** @description Org currency for the money kinds (default 0 for `net_saved_below`), percent (0–100) for `failure_share_above`. */
            threshold?: number;
            /** @description Days looked back at each evaluation (default 7). */
            window_days?: number;
            description?: string;
        };
        /** @description The rule settings to change. */
        AlertRuleUpdate: {
            agent_id?: string | null;
            threshold?: number;
            window_days?: number;
            enabled?: boolean;
            description?: string | null;
        };
        /** @description A value alert rule. */
        AlertRule: {
            id: string;
            kind: components["schemas"]["AlertKind"];
            agent_id: string | null;
            threshold: number;
            window_days: number;
            enabled: boolean;
            description: string | null;
            /** @description What breaches the rule now: agent ids, or `*` for the whole org. */
            breaching: string[];
            /** Format: date-time */
            last_evaluated_at: string | null;
            created_at: components["schemas"]["DateTime"];
        };
        /** @description One page of alert rules. */
        AlertRuleList: {
            data: components["schemas"]["AlertRule"][];
            /** @description Pass as `cursor` for the next page; `null` on the last page. */
            next_cursor: string | null;
        };
        /** @description Who receives the weekly and monthly digest by email (needs `HUMANHOURS_SMTP_URL`). */
        DigestEmails: string[];
        /** @description The JSON body of every delivery (see `docs/webhooks.md`). */
        WebhookPayload: {
            /** @description The event id (one event may be delivered to several endpoints). */
            id: string;
            /** @enum {string} */
            type: "event.created" | "agent.first_event" | "weekly.digest" | "monthly.digest" | "usage.threshold" | "alert.triggered" | "alert.resolved" | "ping";
            created_at: components["schemas"]["DateTime"];
            org_id: components["schemas"]["OrgId"];
            data: components["schemas"]["TrackedEvent"] | components["schemas"]["AgentFirstEventData"] | components["schemas"]["DigestData"] | components["schemas"]["UsageThresholdData"] | components["schemas"]["AlertData"] | components["schemas"]["PingData"];
        };
        /** @description `agent.first_event`: an agent id seen for the first time. */
        AgentFirstEventData: {
            agent_id: components["schemas"]["AgentId"];
            event_id: string;
            occurred_at: components["schemas"]["DateTime"];
        };
        /** @description Relative change against the period before (0.25 = +25 %); `null` when the period before was zero. */
        DigestChange: {
            events: number | null;
            hours_saved: number | null;
            cost_saved: number | null;
            net_saved: number | null;
        };
        /** @description `weekly.digest` (Monday–Sunday) or `monthly.digest` (calendar month) in the org's time zone, computed like `GET /v1/reports/summary` for the same range. */
        DigestData: {
            /** @enum {string} */
            period: "week" | "month";
            range: components["schemas"]["ReportRange"];
            tz: components["schemas"]["TimeZone"];
            currency: components["schemas"]["Currency"];
            totals: components["schemas"]["ReportMetrics"];
            previous_totals: components["schemas"]["ReportMetrics"];
            change: components["schemas"]["DigestChange"];
            top_agents: components["schemas"]["TopEntry"][];
            top_task_types: components["schemas"]["TopEntry"][];
        };
        /** @description `usage.threshold`: the month's events reached 80 % or 100 % of the included events. */
        UsageThresholdData: {
            month: string;
            /** @enum {integer} */
            threshold_percent: 80 | 100;
            events: number;
            included_events: number;
        };
        /** @description `alert.triggered` / `alert.resolved`. */
        AlertData: {
            rule: components["schemas"]["AlertRule"];
            /** @description The agent id, or `*` for the org. */
            subject: string;
            /** @description The measured value (`null`: nothing measurable any more). */
            value: number | null;
            threshold: number;
            range: components["schemas"]["ReportRange"];
        };
        /** @description `ping`: sent by `POST /v1/webhooks/{id}/test`. */
        PingData: {
            webhook_id: string;
        };
        /**
         * @description How reports count `needs_review` events nobody has reviewed yet: `credit` (default)
         *     at the org's `needs_review_credit`, as tracked; `zero` at nothing until approved. It
         *     applies to every report at once, past events included (the events keep their tracked
         *     valuation; reports read them through it). Reviewed events count at their review's value
         *     either way.
         * @default credit
         * @enum {string}
         */
        PendingReviewValuation: "credit" | "zero";
        /** @description A model of the price book. */
        Model: {
            id: components["schemas"]["ModelId"];
            name: string;
            /** @description At most 10,000 (USD 0.01 per token), the price book's sanity cap. */
            input_usd_per_million_tokens: number;
            /** @description At most 10,000 (USD 0.01 per token), the price book's sanity cap. */
            output_usd_per_million_tokens: number;
            context_length: number | null;
        };
        /** @description The price book. */
        ModelList: {
            /** @description When the price book was last synced (or the bundled snapshot was taken). */
            as_of: components["schemas"]["DateTime"];
            /**
             * @description `bundled` snapshot or `remote` (refreshed from `HUMANHOURS_PRICE_BOOK_URL`).
             * @enum {string}
             */
            source: "bundled" | "remote";
            data: components["schemas"]["Model"][];
        };
        /** @description An org as the operator sees it, with its usage. */
        AdminOrg: {
            events_this_month: number;
            lifetime_events: number;
        } & components["schemas"]["OrgFields"];
        /** @description One page of orgs, oldest first. */
        AdminOrgList: {
            data: components["schemas"]["AdminOrg"][];
            /** @description Pass as `cursor` for the next page; `null` on the last page. */
            next_cursor: string | null;
        };
        /** @description A new org. */
        AdminOrgCreate: {
            name: string;
            /** @default pro */
            plan?: components["schemas"]["Plan"];
            /** @default EUR */
            currency?: components["schemas"]["Currency"];
            /** @default 45 */
            default_hourly_rate?: number;
            /** @default UTC */
            timezone?: components["schemas"]["TimeZone"];
            /** @description Monthly included events (enterprise); `null` = the plan's default. */
            included_events?: number | null;
        };
        /** @description The new org and its first API key (all scopes, live). */
        AdminOrgCreated: {
            org: components["schemas"]["Org"];
            api_key: components["schemas"]["CreatedApiKey"];
        };
        /** @description The org fields an operator may change. */
        AdminOrgUpdate: {
            name?: string;
            plan?: components["schemas"]["Plan"];
            included_events?: number | null;
            /**
             * @description Puts the org into this org's pool as a child workspace (its quota and usage are then
             *     the pool's); `null` takes it out. The parent must be a pool owner (no parent itself).
             */
            parent_org_id?: components["schemas"]["OrgId"] | null;
        };
        /** @description A JSON-RPC request id, echoed in its response. */
        JsonRpcId: string | number;
        /**
         * @description One JSON-RPC 2.0 message of the Model Context Protocol: a request (`id` and `method`),
         *     a notification (`method` without `id`) or a response to a server request (`id` and
         *     `result` or `error`). The MCP server checks the rest of its shape.
         */
        JsonRpcMessage: {
            /** @constant */
            jsonrpc: "2.0";
            id?: components["schemas"]["JsonRpcId"];
            method?: string;
            params?: Record<string, never>;
            result?: Record<string, never>;
            error?: Record<string, never>;
        };
        /** @description A JSON-RPC error object. */
        JsonRpcError: {
            code: number;
            message: string;
            data?: unknown;
        };
        /**
         * @description The JSON-RPC response: `result` (e.g. the `tools/call` result with its `content`,
         *     `structuredContent` and `isError`), or `error` for a failure of the protocol itself.
         */
        JsonRpcResponse: {
            /** @constant */
            jsonrpc: "2.0";
            id: components["schemas"]["JsonRpcId"];
            result?: Record<string, never>;
            error?: components["schemas"]["JsonRpcError"];
        };
        /** @description A JSON-RPC error the MCP transport answers before any message is handled. */
        JsonRpcErrorResponse: {
            /** @constant */
            jsonrpc: "2.0";
            error: components["schemas"]["JsonRpcError"];
            id: null;
        };
        /** @description OAuth 2.0 protected-resource metadata (RFC 9728) of this server. */
        ProtectedResourceMetadata: {
            /**
             * Format: uri
             * @description This server's origin, the resource its API keys protect (REST and MCP alike).
             */
            resource: string;
            /** @description The key is sent in the `Authorization` header only, never in a URL. */
            bearer_methods_supported: "header"[];
            scopes_supported: components["schemas"]["ApiKeyScope"][];
            /** @constant */
            resource_name: "HumanHours";
            /**
             * Format: uri
             * @description The API reference of this server.
             */
            resource_documentation: string;
        };
        /** @description Liveness. */
        HealthStatus: {
            /** @enum {string} */
            status: "ok";
        };
        /** @description Readiness and the state of each dependency. */
        ReadinessStatus: {
            /** @enum {string} */
            status: "ok" | "unavailable";
            checks: {
                /** @enum {string} */
                database: "ok" | "error";
            };
        };
        /** @description This OpenAPI 3.1 document. */
        OpenApiDocument: {
            openapi: string;
            info: {
                [key: string]: unknown;
            };
            paths: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /** @description This OpenAPI 3.1 document as YAML text. */
        YamlDocument: string;
    };
    responses: {
        /** @description The request could not be parsed. */
        BadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Missing, malformed, unknown or revoked API key. */
        Unauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Missing or wrong admin token. */
        AdminUnauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The API key lacks the scope this operation needs. */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The API key lacks the scope, or the org's plan lacks the feature. */
        ForbiddenOrLocked: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The addressed resource does not exist in the caller's org. */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The share token is missing, unknown, revoked or expired. */
        ShareNotFound: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The admin routes are disabled (no HUMANHOURS_ADMIN_TOKEN set), or the org does not exist. */
        AdminNotFound: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The setting cannot change: `currency` once the org has tracked events. */
        SettingsConflict: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description The Idempotency-Key was used within the last 24 h with a different body
         *     (`idempotency_key_reused`), or, practically never, the org's currency changed again and
         *     again while this event was being valued (`settings_conflict`: retry).
         */
        IdempotencyKeyReused: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The event was already reviewed with the other decision, or is not a `needs_review` event. */
        ReviewConflict: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The body exceeds 1 MB. */
        PayloadTooLarge: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The body is not sent as application/json. */
        UnsupportedMediaType: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description A parameter, header or body field failed validation; `field` names it. */
        ValidationError: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description A parameter failed validation (`validation_error`, `field` names it), or the report needs raw events
         *     from before the retention horizon (`raw_events_expired`): the operator keeps raw events for
         *     `HUMANHOURS_RETENTION_MONTHS` months; the hourly and daily rollups keep every total exact for all of
         *     history, so a report grouped and filtered by the fixed dimensions over whole hours still answers.
         */
        ReportUnprocessable: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description A parameter, header or body field failed validation; `field` names it (routes without per-key rate limiting: admin, health, spec). */
        UnmeteredValidationError: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The event failed validation, its task type is unknown, or occurred_at is out of range. */
        TrackUnprocessable: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The API key's per-second cap is exceeded. */
        RateLimited: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description More than 10 failed admin-token attempts from this client address within a minute:
         *     every admin request from it answers 429 until that minute is over (the right token
         *     included). At most 10,000 addresses are remembered.
         */
        AdminTooManyAttempts: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The API key's per-second cap is exceeded, or the free plan's monthly cap is reached. */
        TrackTooManyRequests: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description The body is not JSON (the error envelope), or not a valid MCP message, or carries an
         *     unsupported `Mcp-Protocol-Version` (a JSON-RPC error).
         */
        McpBadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] | components["schemas"]["JsonRpcErrorResponse"];
            };
        };
        /** @description Missing, malformed, unknown or revoked API key; `WWW-Authenticate` points at the protected-resource metadata. */
        McpUnauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request's `Accept` header does not list both `application/json` and `text/event-stream` (a JSON-RPC error). */
        McpNotAcceptable: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["JsonRpcErrorResponse"];
            };
        };
        /** @description The server runs with `HUMANHOURS_MCP=off`: the MCP routes do not exist. */
        McpDisabled: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description An unexpected error; the X-Request-Id identifies it in the server logs. */
        InternalError: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The server is shutting down or its database is unreachable. */
        ServiceUnavailable: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description The server is shutting down or its database is unreachable (`service_unavailable`), or a
         *     report query ran past the server's deadline (`report_timeout`, set by
         *     `HUMANHOURS_REPORT_TIMEOUT_MS`): the query was stopped and nothing else was delayed.
         */
        ReportUnavailable: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
         *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
         *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
         *     id is never a reason to refuse a request.
         */
        RequestId: components["schemas"]["RequestId"];
        /**
         * @description A value unique per logical agent run (1–255 characters), reused only to retry that
         *     run. Scoped to the org and kept 24 h: a replay answers 200 with the original body and
         *     `Idempotent-Replayed: true`; the same key with a different body answers 409
         *     `idempotency_key_reused`. Omit it and every request creates an event.
         */
        IdempotencyKey: components["schemas"]["IdempotencyKey"];
        /**
         * @description A named range, in `tz`: `24h` = the last 24 hours up to now; `7d`, `30d`, `90d` = that
         *     many calendar days ending with today (the range ends at the start of tomorrow);
         *     `ytd` = from 1 January of this year to the start of tomorrow; `all` = from the start of
         *     the day of the org's first event (of today when it has none) to the start of tomorrow.
         *     Ranges are half-open `[from, to)`. Default `30d`. Ignored when `from` and `to` are
         *     given.
         */
        Period: components["schemas"]["Period"];
        /**
         * @description Start (inclusive) of an explicit range; give it together with `to` (one without the
         *     other answers 422 `validation_error`). An explicit range overrides `period` and is
         *     reported as `meta.period: custom`. `from` must be before `to` (otherwise 422
         *     `validation_error`, `field: from`).
         */
        From: components["schemas"]["DateTime"];
        /** @description End (exclusive) of an explicit range; give it together with `from`. */
        To: components["schemas"]["DateTime"];
        /**
         * @description IANA time zone for calendar periods (`7d`… `ytd`, `all`) and for `day` / `week` /
         *     `month` buckets, in any letter case; `meta.tz` answers its canonical spelling
         *     (`tz=europe/BERLIN` → `Europe/Berlin`). Default: the org's `timezone`. An unknown zone
         *     answers 422 `validation_error` on `tz`. A day starts at its first instant: local
         *     midnight, or the end of a DST jump that skips midnight (e.g. 01:00 on 8 March 2026 in
         *     `America/Havana`).
         * @example Europe/Berlin
         */
        Tz: components["schemas"]["TimeZone"];
        /**
         * @description Comma-separated list of 1–4 distinct dimensions: `agent` (group key `agent_id`),
         *     `task_type`, `client` (metadata `client` or `client_id`), `model`, `outcome`, `day`,
         *     `week` (ISO weeks starting Monday), `month`, or `metadata.<key>` for a top-level string
         *     metadata key. Default `agent`. With `workspace`, also `workspace` (the workspace's org id).
         * @example [
         *       "agent",
         *       "task_type"
         *     ]
         */
        GroupBy: components["schemas"]["GroupByDimension"][];
        /** @description Only events of this agent. */
        FilterAgentId: components["schemas"]["AgentId"];
        /** @description Only events of this task type. */
        FilterTaskType: components["schemas"]["TaskTypeName"];
        /** @description Only events whose client (metadata `client` or `client_id`) is this value. */
        FilterClient: components["schemas"]["ClientName"];
        /** @description Only events of this model (OpenRouter id, matched exactly). */
        FilterModel: components["schemas"]["ModelId"];
        /** @description Only events with this outcome. */
        FilterOutcome: components["schemas"]["Outcome"];
        /** @description The metric the rows are sorted by, descending (ties by group key, ascending). Default `hours_saved`. */
        SortTimeSaved: components["schemas"]["ReportSort"];
        /** @description The metric the rows are sorted by, descending (ties by group key, ascending). Default `cost_saved`. */
        SortCostSaved: components["schemas"]["ReportSort"];
        /**
         * @description Answer only the first N rows after sorting. Without it every group is answered, up to
         *     10,000 rows (`meta.total_groups` counts them all). `totals` always cover every group.
         */
        Top: components["schemas"]["ReportTop"];
        /** @description `json` (default) or `csv` (answered as `text/csv`). */
        Format: components["schemas"]["ReportFormat"];
        /** @description The metric agents are ranked by, descending. Default `hours_saved`. */
        LeaderboardMetric: components["schemas"]["ReportSort"];
        /** @description How many agents to answer. Default 10. */
        LeaderboardTop: components["schemas"]["ReportTop"];
        /** @description Page size, 1–1,000. Default 100. */
        Limit: components["schemas"]["PageLimit"];
        /** @description The `next_cursor` of the previous page. Omit it for the first page. */
        Cursor: components["schemas"]["Cursor"];
        /** @description Case-insensitive substring to match. */
        Search: components["schemas"]["SearchTerm"];
        /** @description Only task types of this category. */
        TaskTypeCategoryFilter: components["schemas"]["TaskTypeCategory"];
        /** @description Include archived custom task types. Default `false`. */
        IncludeArchived: boolean;
        /** @description Include revoked keys. Default `true`. */
        IncludeRevoked: boolean;
        /**
         * @description The task type's key.
         * @example email_classification
         */
        TaskTypeKeyPath: components["schemas"]["TaskTypeName"];
        /**
         * @description The agent's id, as sent in `agent_id` when tracking (percent-encoded).
         * @example support-classifier
         */
        AgentIdPath: components["schemas"]["AgentId"];
        /**
         * @description The key's 8-character public id (the part after `hh_live_`).
         * @example AbCd1234
         */
        ApiKeyIdPath: components["schemas"]["ApiKeyId"];
        /** @description The webhook endpoint id. */
        WebhookIdPath: string;
        /** @description The delivery id. */
        DeliveryIdPath: string;
        /** @description The alert rule id. */
        AlertIdPath: string;
        /**
         * @description The event's id, as `POST /v1/track` answered it.
         * @example evt_01HQ2B3C4D5E6F7G8H9J0K1M2N
         */
        EventIdPath: components["schemas"]["EventId"];
        /**
         * @description The org's id.
         * @example org_01HQ2B3C4D5E6F7G8H9J0K1M2N
         */
        OrgIdPath: components["schemas"]["OrgId"];
        /** @description The child workspace's org id. */
        WorkspaceIdPath: components["schemas"]["OrgId"];
        /** @description The share link's id. */
        ShareLinkIdPath: components["schemas"]["ShareLinkId"];
        /** @description The token of a share link (the part of its URL after `#`); without it the answer is 404. */
        ShareToken: string;
        /**
         * @description Pool owners only: report over `all` workspaces of the pool (the parent included) or one
         *     child (`<org id>`). Rows then carry `currency` and `totals_by_currency` sums money per
         *     currency, never across currencies; `totals` money is in the parent's currency, converted
         *     at the frozen FX (`meta.converted`). A child's key, or an id outside the pool, answers
         *     404 `not_found`. Combine with `group_by=workspace`. Leaderboard rows carry `workspace`
         *     and `currency` (ranked by the converted value); a summary is one currency, so its money
         *     is always converted (`meta.converted: true`) and `totals_by_currency` keeps each
         *     currency's own sums.
         */
        Workspace: string;
        /**
         * @description With `workspace`: `true` converts every row's money into the parent's currency, at each
         *     workspace's USD rate (its `usd_fx_rate_override`, else the bundled FX table), and says so
         *     in `meta.converted`.
         */
        Convert: boolean;
    };
    requestBodies: never;
    headers: {
        /** @description `noindex, nofollow`: share pages and their data are never indexed. */
        "X-Robots-Tag": string;
        /** @description `no-referrer`. */
        "Referrer-Policy": string;
        /** @description The request's id (the caller's own `X-Request-Id` when it sent one, otherwise generated). On every response. */
        "X-Request-Id": components["schemas"]["RequestId"];
        /** @description The API key's cap, in requests per second (from its org's plan). */
        "X-RateLimit-Limit": number;
        /** @description Requests left in the current one-second window. */
        "X-RateLimit-Remaining": number;
        /** @description Seconds until the current window resets. */
        "X-RateLimit-Reset": number;
        /**
         * @description Whole seconds (at least 1) to wait before retrying: the rate-limit window for
         *     `rate_limited`, the time until the next billing month starts for `quota_exceeded`.
         */
        "Retry-After": number;
        /** @description `true` when the response replays the original answer to an earlier request with the same `Idempotency-Key`. */
        "Idempotent-Replayed": "true";
        /**
         * @description RFC 6750 / RFC 9728 challenge: `Bearer resource_metadata="<origin>/.well-known/oauth-protected-resource"`,
         *     with `error="invalid_token"` when a key was sent but is malformed, unknown or revoked.
         * @example Bearer resource_metadata="https://humanhours.example.com/.well-known/oauth-protected-resource"
         */
        "WWW-Authenticate": string;
        /**
         * @description `attachment; filename="humanhours-time-saved-<from>-<to>.csv"`, the dates in `YYYY-MM-DD`.
         * @example attachment; filename="humanhours-time-saved-2026-04-06-2026-05-06.csv"
         */
        "Content-Disposition": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    trackEvent: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description A value unique per logical agent run (1–255 characters), reused only to retry that
                 *     run. Scoped to the org and kept 24 h: a replay answers 200 with the original body and
                 *     `Idempotent-Replayed: true`; the same key with a different body answers 409
                 *     `idempotency_key_reused`. Omit it and every request creates an event.
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrackRequest"];
            };
        };
        responses: {
            /**
             * @description Replay of an `Idempotency-Key` seen within the last 24 h with the same body: the
             *     byte-identical original body, with `Idempotent-Replayed: true`. No new event is
             *     created and nothing is counted against the quota.
             */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "event_id": "evt_01HXYZ8K3M4N5P6Q7R8S9T0V1W",
                     *       "agent_id": "support-classifier",
                     *       "task_type": "email_classification",
                     *       "outcome": "success",
                     *       "resolved_baseline_minutes": 4,
                     *       "resolved_baseline_source": "builtin",
                     *       "resolved_hourly_rate": 45,
                     *       "currency": "EUR",
                     *       "agent_duration_seconds": 4,
                     *       "hours_saved": 0.066,
                     *       "cost_saved": 2.97,
                     *       "agent_cost": null,
                     *       "resolved_cost_source": "none",
                     *       "net_saved": 2.97,
                     *       "model": null,
                     *       "tokens_in": null,
                     *       "tokens_out": null,
                     *       "client": null,
                     *       "metadata": null,
                     *       "resolved_pricing": null,
                     *       "occurred_at": "2026-05-06T10:42:00.000Z",
                     *       "received_at": "2026-05-06T10:42:00.512Z"
                     *     }
                     */
                    "application/json": components["schemas"]["TrackedEvent"];
                };
            };
            /** @description The event was recorded and valued. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackedEvent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["IdempotencyKeyReused"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["TrackUnprocessable"];
            429: components["responses"]["TrackTooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    trackBatch: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "events": [
                 *         {
                 *           "agent_id": "support-classifier",
                 *           "task_type": "email_classification",
                 *           "outcome": "success",
                 *           "agent_duration_seconds": 4,
                 *           "idempotency_key": "6f1c9a2e-3b7d-4e58-9a0c-1d2e3f4a5b6c"
                 *         },
                 *         {
                 *           "agent_id": "support-classifier",
                 *           "task_type": "email_classification",
                 *           "outcome": "success",
                 *           "agent_duration_seconds": 4,
                 *           "idempotency_key": "0b8e7d6c-5a4f-4e3d-8c2b-1a0f9e8d7c6b"
                 *         },
                 *         {
                 *           "agent_id": "support-classifier",
                 *           "task_type": "no_such_task",
                 *           "outcome": "success",
                 *           "idempotency_key": "9d8c7b6a-5f4e-4d3c-9b2a-1f0e9d8c7b6a"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["TrackBatchRequest"];
            };
        };
        responses: {
            /** @description One result per submitted event, in input order. */
            207: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "results": [
                     *         {
                     *           "index": 0,
                     *           "status": 201,
                     *           "replayed": false,
                     *           "event": {
                     *             "event_id": "evt_01HXZ0A1B2C3D4E5F6G7H8J9K0",
                     *             "agent_id": "support-classifier",
                     *             "task_type": "email_classification",
                     *             "outcome": "success",
                     *             "resolved_baseline_minutes": 4,
                     *             "resolved_baseline_source": "builtin",
                     *             "resolved_hourly_rate": 45,
                     *             "currency": "EUR",
                     *             "agent_duration_seconds": 4,
                     *             "hours_saved": 0.066,
                     *             "cost_saved": 2.97,
                     *             "agent_cost": null,
                     *             "resolved_cost_source": "none",
                     *             "net_saved": 2.97,
                     *             "model": null,
                     *             "tokens_in": null,
                     *             "tokens_out": null,
                     *             "client": null,
                     *             "metadata": null,
                     *             "resolved_pricing": null,
                     *             "occurred_at": "2026-05-06T10:50:00.101Z",
                     *             "received_at": "2026-05-06T10:50:00.101Z"
                     *           }
                     *         },
                     *         {
                     *           "index": 1,
                     *           "status": 200,
                     *           "replayed": true,
                     *           "event": {
                     *             "event_id": "evt_01HXYZ8K3M4N5P6Q7R8S9T0V1W",
                     *             "agent_id": "support-classifier",
                     *             "task_type": "email_classification",
                     *             "outcome": "success",
                     *             "resolved_baseline_minutes": 4,
                     *             "resolved_baseline_source": "builtin",
                     *             "resolved_hourly_rate": 45,
                     *             "currency": "EUR",
                     *             "agent_duration_seconds": 4,
                     *             "hours_saved": 0.066,
                     *             "cost_saved": 2.97,
                     *             "agent_cost": null,
                     *             "resolved_cost_source": "none",
                     *             "net_saved": 2.97,
                     *             "model": null,
                     *             "tokens_in": null,
                     *             "tokens_out": null,
                     *             "client": null,
                     *             "metadata": null,
                     *             "resolved_pricing": null,
                     *             "occurred_at": "2026-05-06T10:42:00.000Z",
                     *             "received_at": "2026-05-06T10:42:00.512Z"
                     *           }
                     *         },
                     *         {
                     *           "index": 2,
                     *           "status": 422,
                     *           "replayed": false,
                     *           "error": {
                     *             "code": "unknown_task_type",
                     *             "message": "Task type \"no_such_task\" is not in the catalogue.",
                     *             "hint": "Send human_baseline_minutes, create a custom task type, or set the org's fallback_baseline_minutes.",
                     *             "field": "task_type"
                     *           }
                     *         }
                     *       ],
                     *       "summary": {
                     *         "accepted": 1,
                     *         "replayed": 1,
                     *         "failed": 1
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["TrackBatchResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getTimeSavedReport: {
        parameters: {
            query?: {
                /**
                 * @description Pool owners only: report over `all` workspaces of the pool (the parent included) or one
                 *     child (`<org id>`). Rows then carry `currency` and `totals_by_currency` sums money per
                 *     currency, never across currencies; `totals` money is in the parent's currency, converted
                 *     at the frozen FX (`meta.converted`). A child's key, or an id outside the pool, answers
                 *     404 `not_found`. Combine with `group_by=workspace`. Leaderboard rows carry `workspace`
                 *     and `currency` (ranked by the converted value); a summary is one currency, so its money
                 *     is always converted (`meta.converted: true`) and `totals_by_currency` keeps each
                 *     currency's own sums.
                 */
                workspace?: components["parameters"]["Workspace"];
                /**
                 * @description With `workspace`: `true` converts every row's money into the parent's currency, at each
                 *     workspace's USD rate (its `usd_fx_rate_override`, else the bundled FX table), and says so
                 *     in `meta.converted`.
                 */
                convert?: components["parameters"]["Convert"];
                /**
                 * @description A named range, in `tz`: `24h` = the last 24 hours up to now; `7d`, `30d`, `90d` = that
                 *     many calendar days ending with today (the range ends at the start of tomorrow);
                 *     `ytd` = from 1 January of this year to the start of tomorrow; `all` = from the start of
                 *     the day of the org's first event (of today when it has none) to the start of tomorrow.
                 *     Ranges are half-open `[from, to)`. Default `30d`. Ignored when `from` and `to` are
                 *     given.
                 */
                period?: components["parameters"]["Period"];
                /**
                 * @description Start (inclusive) of an explicit range; give it together with `to` (one without the
                 *     other answers 422 `validation_error`). An explicit range overrides `period` and is
                 *     reported as `meta.period: custom`. `from` must be before `to` (otherwise 422
                 *     `validation_error`, `field: from`).
                 */
                from?: components["parameters"]["From"];
                /** @description End (exclusive) of an explicit range; give it together with `from`. */
                to?: components["parameters"]["To"];
                /**
                 * @description IANA time zone for calendar periods (`7d`… `ytd`, `all`) and for `day` / `week` /
                 *     `month` buckets, in any letter case; `meta.tz` answers its canonical spelling
                 *     (`tz=europe/BERLIN` → `Europe/Berlin`). Default: the org's `timezone`. An unknown zone
                 *     answers 422 `validation_error` on `tz`. A day starts at its first instant: local
                 *     midnight, or the end of a DST jump that skips midnight (e.g. 01:00 on 8 March 2026 in
                 *     `America/Havana`).
                 * @example Europe/Berlin
                 */
                tz?: components["parameters"]["Tz"];
                /**
                 * @description Comma-separated list of 1–4 distinct dimensions: `agent` (group key `agent_id`),
                 *     `task_type`, `client` (metadata `client` or `client_id`), `model`, `outcome`, `day`,
                 *     `week` (ISO weeks starting Monday), `month`, or `metadata.<key>` for a top-level string
                 *     metadata key. Default `agent`. With `workspace`, also `workspace` (the workspace's org id).
                 * @example [
                 *       "agent",
                 *       "task_type"
                 *     ]
                 */
                group_by?: components["parameters"]["GroupBy"];
                /** @description Only events of this agent. */
                agent_id?: components["parameters"]["FilterAgentId"];
                /** @description Only events of this task type. */
                task_type?: components["parameters"]["FilterTaskType"];
                /** @description Only events whose client (metadata `client` or `client_id`) is this value. */
                client?: components["parameters"]["FilterClient"];
                /** @description Only events of this model (OpenRouter id, matched exactly). */
                model?: components["parameters"]["FilterModel"];
                /** @description Only events with this outcome. */
                outcome?: components["parameters"]["FilterOutcome"];
                /** @description The metric the rows are sorted by, descending (ties by group key, ascending). Default `hours_saved`. */
                sort?: components["parameters"]["SortTimeSaved"];
                /**
                 * @description Answer only the first N rows after sorting. Without it every group is answered, up to
                 *     10,000 rows (`meta.total_groups` counts them all). `totals` always cover every group.
                 */
                top?: components["parameters"]["Top"];
                /** @description `json` (default) or `csv` (answered as `text/csv`). */
                format?: components["parameters"]["Format"];
            };
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The grouped report, as JSON or (with `format=csv`) as CSV. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "period": "30d",
                     *         "range": {
                     *           "from": "2026-04-06T00:00:00Z",
                     *           "to": "2026-05-06T00:00:00Z"
                     *         },
                     *         "tz": "UTC",
                     *         "group_by": [
                     *           "agent"
                     *         ],
                     *         "sort": "hours_saved",
                     *         "total_groups": 7
                     *       },
                     *       "currency": "EUR",
                     *       "totals": {
                     *         "events": 9120,
                     *         "events_success": 8650,
                     *         "events_failure": 270,
                     *         "events_needs_review": 200,
                     *         "hours_saved": 512.4,
                     *         "cost_saved": 23058,
                     *         "agent_cost": 281.75,
                     *         "net_saved": 22776.25,
                     *         "tokens_in": 10944000,
                     *         "tokens_out": 1824000,
                     *         "agent_duration_seconds_total": 63840,
                     *         "agent_duration_seconds_avg": 7,
                     *         "fte_equivalent": 2.989,
                     *         "events_pending_review": 0,
                     *         "hours_at_stake": 0,
                     *         "value_at_stake": 0
                     *       },
                     *       "rows": [
                     *         {
                     *           "group": {
                     *             "agent_id": "support-classifier"
                     *           },
                     *           "events": 4310,
                     *           "events_success": 4102,
                     *           "events_failure": 120,
                     *           "events_needs_review": 88,
                     *           "hours_saved": 286.7,
                     *           "cost_saved": 12901.5,
                     *           "agent_cost": 124.3,
                     *           "net_saved": 12777.2,
                     *           "tokens_in": 5172000,
                     *           "tokens_out": 862000,
                     *           "agent_duration_seconds_total": 21550,
                     *           "agent_duration_seconds_avg": 5,
                     *           "fte_equivalent": 1.672,
                     *           "events_pending_review": 0,
                     *           "hours_at_stake": 0,
                     *           "value_at_stake": 0
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ReportResponse"];
                    /**
                     * @example agent_id,events,events_success,events_failure,events_needs_review,hours_saved,cost_saved,agent_cost,net_saved,tokens_in,tokens_out,agent_duration_seconds_total,agent_duration_seconds_avg,fte_equivalent,events_pending_review,hours_at_stake,value_at_stake
                     *     support-classifier,4310,4102,120,88,286.7,12901.5,124.3,12777.2,5172000,862000,21550,5,1.672,0,0,0
                     */
                    "text/csv": components["schemas"]["CsvDocument"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenOrLocked"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ReportUnprocessable"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ReportUnavailable"];
        };
    };
    getCostSavedReport: {
        parameters: {
            query?: {
                /**
                 * @description Pool owners only: report over `all` workspaces of the pool (the parent included) or one
                 *     child (`<org id>`). Rows then carry `currency` and `totals_by_currency` sums money per
                 *     currency, never across currencies; `totals` money is in the parent's currency, converted
                 *     at the frozen FX (`meta.converted`). A child's key, or an id outside the pool, answers
                 *     404 `not_found`. Combine with `group_by=workspace`. Leaderboard rows carry `workspace`
                 *     and `currency` (ranked by the converted value); a summary is one currency, so its money
                 *     is always converted (`meta.converted: true`) and `totals_by_currency` keeps each
                 *     currency's own sums.
                 */
                workspace?: components["parameters"]["Workspace"];
                /**
                 * @description With `workspace`: `true` converts every row's money into the parent's currency, at each
                 *     workspace's USD rate (its `usd_fx_rate_override`, else the bundled FX table), and says so
                 *     in `meta.converted`.
                 */
                convert?: components["parameters"]["Convert"];
                /**
                 * @description A named range, in `tz`: `24h` = the last 24 hours up to now; `7d`, `30d`, `90d` = that
                 *     many calendar days ending with today (the range ends at the start of tomorrow);
                 *     `ytd` = from 1 January of this year to the start of tomorrow; `all` = from the start of
                 *     the day of the org's first event (of today when it has none) to the start of tomorrow.
                 *     Ranges are half-open `[from, to)`. Default `30d`. Ignored when `from` and `to` are
                 *     given.
                 */
                period?: components["parameters"]["Period"];
                /**
                 * @description Start (inclusive) of an explicit range; give it together with `to` (one without the
                 *     other answers 422 `validation_error`). An explicit range overrides `period` and is
                 *     reported as `meta.period: custom`. `from` must be before `to` (otherwise 422
                 *     `validation_error`, `field: from`).
                 */
                from?: components["parameters"]["From"];
                /** @description End (exclusive) of an explicit range; give it together with `from`. */
                to?: components["parameters"]["To"];
                /**
                 * @description IANA time zone for calendar periods (`7d`… `ytd`, `all`) and for `day` / `week` /
                 *     `month` buckets, in any letter case; `meta.tz` answers its canonical spelling
                 *     (`tz=europe/BERLIN` → `Europe/Berlin`). Default: the org's `timezone`. An unknown zone
                 *     answers 422 `validation_error` on `tz`. A day starts at its first instant: local
                 *     midnight, or the end of a DST jump that skips midnight (e.g. 01:00 on 8 March 2026 in
                 *     `America/Havana`).
                 * @example Europe/Berlin
                 */
                tz?: components["parameters"]["Tz"];
                /**
                 * @description Comma-separated list of 1–4 distinct dimensions: `agent` (group key `agent_id`),
                 *     `task_type`, `client` (metadata `client` or `client_id`), `model`, `outcome`, `day`,
                 *     `week` (ISO weeks starting Monday), `month`, or `metadata.<key>` for a top-level string
                 *     metadata key. Default `agent`. With `workspace`, also `workspace` (the workspace's org id).
                 * @example [
                 *       "agent",
                 *       "task_type"
                 *     ]
                 */
                group_by?: components["parameters"]["GroupBy"];
                /** @description Only events of this agent. */
                agent_id?: components["parameters"]["FilterAgentId"];
                /** @description Only events of this task type. */
                task_type?: components["parameters"]["FilterTaskType"];
                /** @description Only events whose client (metadata `client` or `client_id`) is this value. */
                client?: components["parameters"]["FilterClient"];
                /** @description Only events of this model (OpenRouter id, matched exactly). */
                model?: components["parameters"]["FilterModel"];
                /** @description Only events with this outcome. */
                outcome?: components["parameters"]["FilterOutcome"];
                /** @description The metric the rows are sorted by, descending (ties by group key, ascending). Default `cost_saved`. */
                sort?: components["parameters"]["SortCostSaved"];
                /**
                 * @description Answer only the first N rows after sorting. Without it every group is answered, up to
                 *     10,000 rows (`meta.total_groups` counts them all). `totals` always cover every group.
                 */
                top?: components["parameters"]["Top"];
                /** @description `json` (default) or `csv` (answered as `text/csv`). */
                format?: components["parameters"]["Format"];
            };
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The grouped report, as JSON or (with `format=csv`) as CSV. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "period": "30d",
                     *         "range": {
                     *           "from": "2026-04-06T00:00:00Z",
                     *           "to": "2026-05-06T00:00:00Z"
                     *         },
                     *         "tz": "UTC",
                     *         "group_by": [
                     *           "client"
                     *         ],
                     *         "sort": "cost_saved",
                     *         "total_groups": 2
                     *       },
                     *       "currency": "EUR",
                     *       "totals": {
                     *         "events": 9120,
                     *         "events_success": 8650,
                     *         "events_failure": 270,
                     *         "events_needs_review": 200,
                     *         "hours_saved": 512.4,
                     *         "cost_saved": 23058,
                     *         "agent_cost": 281.75,
                     *         "net_saved": 22776.25,
                     *         "tokens_in": 10944000,
                     *         "tokens_out": 1824000,
                     *         "agent_duration_seconds_total": 63840,
                     *         "agent_duration_seconds_avg": 7,
                     *         "fte_equivalent": 2.989,
                     *         "events_pending_review": 0,
                     *         "hours_at_stake": 0,
                     *         "value_at_stake": 0
                     *       },
                     *       "rows": [
                     *         {
                     *           "group": {
                     *             "client": "acme"
                     *           },
                     *           "events": 5200,
                     *           "events_success": 4950,
                     *           "events_failure": 150,
                     *           "events_needs_review": 100,
                     *           "hours_saved": 301.9,
                     *           "cost_saved": 13585.5,
                     *           "agent_cost": 160.4,
                     *           "net_saved": 13425.1,
                     *           "tokens_in": 6240000,
                     *           "tokens_out": 1040000,
                     *           "agent_duration_seconds_total": 36400,
                     *           "agent_duration_seconds_avg": 7,
                     *           "fte_equivalent": 1.761,
                     *           "events_pending_review": 0,
                     *           "hours_at_stake": 0,
                     *           "value_at_stake": 0
                     *         },
                     *         {
                     *           "group": {
                     *             "client": null
                     *           },
                     *           "events": 3920,
                     *           "events_success": 3700,
                     *           "events_failure": 120,
                     *           "events_needs_review": 100,
                     *           "hours_saved": 210.5,
                     *           "cost_saved": 9472.5,
                     *           "agent_cost": 121.35,
                     *           "net_saved": 9351.15,
                     *           "tokens_in": 4704000,
                     *           "tokens_out": 784000,
                     *           "agent_duration_seconds_total": 27440,
                     *           "agent_duration_seconds_avg": 7,
                     *           "fte_equivalent": 1.228,
                     *           "events_pending_review": 0,
                     *           "hours_at_stake": 0,
                     *           "value_at_stake": 0
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ReportResponse"];
                    /**
                     * @example client,events,events_success,events_failure,events_needs_review,hours_saved,cost_saved,agent_cost,net_saved,tokens_in,tokens_out,agent_duration_seconds_total,agent_duration_seconds_avg,fte_equivalent,events_pending_review,hours_at_stake,value_at_stake
                     *     acme,5200,4950,150,100,301.9,13585.5,160.4,13425.1,6240000,1040000,36400,7,1.761,0,0,0
                     *     ,3920,3700,120,100,210.5,9472.5,121.35,9351.15,4704000,784000,27440,7,1.228,0,0,0
                     */
                    "text/csv": components["schemas"]["CsvDocument"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenOrLocked"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ReportUnprocessable"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ReportUnavailable"];
        };
    };
    getLeaderboard: {
        parameters: {
            query?: {
                /**
                 * @description Pool owners only: report over `all` workspaces of the pool (the parent included) or one
                 *     child (`<org id>`). Rows then carry `currency` and `totals_by_currency` sums money per
                 *     currency, never across currencies; `totals` money is in the parent's currency, converted
                 *     at the frozen FX (`meta.converted`). A child's key, or an id outside the pool, answers
                 *     404 `not_found`. Combine with `group_by=workspace`. Leaderboard rows carry `workspace`
                 *     and `currency` (ranked by the converted value); a summary is one currency, so its money
                 *     is always converted (`meta.converted: true`) and `totals_by_currency` keeps each
                 *     currency's own sums.
                 */
                workspace?: components["parameters"]["Workspace"];
                /**
                 * @description With `workspace`: `true` converts every row's money into the parent's currency, at each
                 *     workspace's USD rate (its `usd_fx_rate_override`, else the bundled FX table), and says so
                 *     in `meta.converted`.
                 */
                convert?: components["parameters"]["Convert"];
                /**
                 * @description A named range, in `tz`: `24h` = the last 24 hours up to now; `7d`, `30d`, `90d` = that
                 *     many calendar days ending with today (the range ends at the start of tomorrow);
                 *     `ytd` = from 1 January of this year to the start of tomorrow; `all` = from the start of
                 *     the day of the org's first event (of today when it has none) to the start of tomorrow.
                 *     Ranges are half-open `[from, to)`. Default `30d`. Ignored when `from` and `to` are
                 *     given.
                 */
                period?: components["parameters"]["Period"];
                /**
                 * @description Start (inclusive) of an explicit range; give it together with `to` (one without the
                 *     other answers 422 `validation_error`). An explicit range overrides `period` and is
                 *     reported as `meta.period: custom`. `from` must be before `to` (otherwise 422
                 *     `validation_error`, `field: from`).
                 */
                from?: components["parameters"]["From"];
                /** @description End (exclusive) of an explicit range; give it together with `from`. */
                to?: components["parameters"]["To"];
                /**
                 * @description IANA time zone for calendar periods (`7d`… `ytd`, `all`) and for `day` / `week` /
                 *     `month` buckets, in any letter case; `meta.tz` answers its canonical spelling
                 *     (`tz=europe/BERLIN` → `Europe/Berlin`). Default: the org's `timezone`. An unknown zone
                 *     answers 422 `validation_error` on `tz`. A day starts at its first instant: local
                 *     midnight, or the end of a DST jump that skips midnight (e.g. 01:00 on 8 March 2026 in
                 *     `America/Havana`).
                 * @example Europe/Berlin
                 */
                tz?: components["parameters"]["Tz"];
                /** @description Only events of this agent. */
                agent_id?: components["parameters"]["FilterAgentId"];
                /** @description Only events of this task type. */
                task_type?: components["parameters"]["FilterTaskType"];
                /** @description Only events whose client (metadata `client` or `client_id`) is this value. */
                client?: components["parameters"]["FilterClient"];
                /** @description Only events of this model (OpenRouter id, matched exactly). */
                model?: components["parameters"]["FilterModel"];
                /** @description Only events with this outcome. */
                outcome?: components["parameters"]["FilterOutcome"];
                /** @description The metric agents are ranked by, descending. Default `hours_saved`. */
                metric?: components["parameters"]["LeaderboardMetric"];
                /** @description How many agents to answer. Default 10. */
                top?: components["parameters"]["LeaderboardTop"];
                /** @description `json` (default) or `csv` (answered as `text/csv`). */
                format?: components["parameters"]["Format"];
            };
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ranked agents, as JSON or (with `format=csv`) as CSV. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "period": "90d",
                     *         "range": {
                     *           "from": "2026-02-06T00:00:00Z",
                     *           "to": "2026-05-07T00:00:00Z"
                     *         },
                     *         "tz": "UTC",
                     *         "metric": "cost_saved",
                     *         "total_groups": 5
                     *       },
                     *       "currency": "EUR",
                     *       "rows": [
                     *         {
                     *           "rank": 1,
                     *           "agent_id": "support-classifier",
                     *           "display_name": "Support classifier",
                     *           "events": 12900,
                     *           "events_success": 12300,
                     *           "events_failure": 350,
                     *           "events_needs_review": 250,
                     *           "hours_saved": 854.7,
                     *           "cost_saved": 38461.5,
                     *           "agent_cost": 371.2,
                     *           "net_saved": 38090.3,
                     *           "tokens_in": 15480000,
                     *           "tokens_out": 2580000,
                     *           "agent_duration_seconds_total": 55470,
                     *           "agent_duration_seconds_avg": 4.3,
                     *           "fte_equivalent": 1.662,
                     *           "events_pending_review": 0,
                     *           "hours_at_stake": 0,
                     *           "value_at_stake": 0
                     *         },
                     *         {
                     *           "rank": 2,
                     *           "agent_id": "invoice-extractor",
                     *           "display_name": null,
                     *           "events": 8100,
                     *           "events_success": 7650,
                     *           "events_failure": 250,
                     *           "events_needs_review": 200,
                     *           "hours_saved": 402.3,
                     *           "cost_saved": 18103.5,
                     *           "agent_cost": 290.4,
                     *           "net_saved": 17813.1,
                     *           "tokens_in": 9720000,
                     *           "tokens_out": 1620000,
                     *           "agent_duration_seconds_total": 72900,
                     *           "agent_duration_seconds_avg": 9,
                     *           "fte_equivalent": 0.782,
                     *           "events_pending_review": 0,
                     *           "hours_at_stake": 0,
                     *           "value_at_stake": 0
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["LeaderboardResponse"];
                    /**
                     * @example rank,agent_id,display_name,events,events_success,events_failure,events_needs_review,hours_saved,cost_saved,agent_cost,net_saved,tokens_in,tokens_out,agent_duration_seconds_total,agent_duration_seconds_avg,fte_equivalent,events_pending_review,hours_at_stake,value_at_stake
                     *     1,support-classifier,Support classifier,12900,12300,350,250,854.7,38461.5,371.2,38090.3,15480000,2580000,55470,4.3,1.662,0,0,0
                     *     2,invoice-extractor,,8100,7650,250,200,402.3,18103.5,290.4,17813.1,9720000,1620000,72900,9,0.782,0,0,0
                     */
                    "text/csv": components["schemas"]["CsvDocument"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenOrLocked"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ReportUnprocessable"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ReportUnavailable"];
        };
    };
    exportReport: {
        parameters: {
            query?: {
                /**
                 * @description Pool owners only: report over `all` workspaces of the pool (the parent included) or one
                 *     child (`<org id>`). Rows then carry `currency` and `totals_by_currency` sums money per
                 *     currency, never across currencies; `totals` money is in the parent's currency, converted
                 *     at the frozen FX (`meta.converted`). A child's key, or an id outside the pool, answers
                 *     404 `not_found`. Combine with `group_by=workspace`. Leaderboard rows carry `workspace`
                 *     and `currency` (ranked by the converted value); a summary is one currency, so its money
                 *     is always converted (`meta.converted: true`) and `totals_by_currency` keeps each
                 *     currency's own sums.
                 */
                workspace?: components["parameters"]["Workspace"];
                /**
                 * @description With `workspace`: `true` converts every row's money into the parent's currency, at each
                 *     workspace's USD rate (its `usd_fx_rate_override`, else the bundled FX table), and says so
                 *     in `meta.converted`.
                 */
                convert?: components["parameters"]["Convert"];
                /**
                 * @description A named range, in `tz`: `24h` = the last 24 hours up to now; `7d`, `30d`, `90d` = that
                 *     many calendar days ending with today (the range ends at the start of tomorrow);
                 *     `ytd` = from 1 January of this year to the start of tomorrow; `all` = from the start of
                 *     the day of the org's first event (of today when it has none) to the start of tomorrow.
                 *     Ranges are half-open `[from, to)`. Default `30d`. Ignored when `from` and `to` are
                 *     given.
                 */
                period?: components["parameters"]["Period"];
                /**
                 * @description Start (inclusive) of an explicit range; give it together with `to` (one without the
                 *     other answers 422 `validation_error`). An explicit range overrides `period` and is
                 *     reported as `meta.period: custom`. `from` must be before `to` (otherwise 422
                 *     `validation_error`, `field: from`).
                 */
                from?: components["parameters"]["From"];
                /** @description End (exclusive) of an explicit range; give it together with `from`. */
                to?: components["parameters"]["To"];
                /**
                 * @description IANA time zone for calendar periods (`7d`… `ytd`, `all`) and for `day` / `week` /
                 *     `month` buckets, in any letter case; `meta.tz` answers its canonical spelling
                 *     (`tz=europe/BERLIN` → `Europe/Berlin`). Default: the org's `timezone`. An unknown zone
                 *     answers 422 `validation_error` on `tz`. A day starts at its first instant: local
                 *     midnight, or the end of a DST jump that skips midnight (e.g. 01:00 on 8 March 2026 in
                 *     `America/Havana`).
                 * @example Europe/Berlin
                 */
                tz?: components["parameters"]["Tz"];
                /**
                 * @description Comma-separated list of 1–4 distinct dimensions: `agent` (group key `agent_id`),
                 *     `task_type`, `client` (metadata `client` or `client_id`), `model`, `outcome`, `day`,
                 *     `week` (ISO weeks starting Monday), `month`, or `metadata.<key>` for a top-level string
                 *     metadata key. Default `agent`. With `workspace`, also `workspace` (the workspace's org id).
                 * @example [
                 *       "agent",
                 *       "task_type"
                 *     ]
                 */
                group_by?: components["parameters"]["GroupBy"];
                /** @description Only events of this agent. */
                agent_id?: components["parameters"]["FilterAgentId"];
                /** @description Only events of this task type. */
                task_type?: components["parameters"]["FilterTaskType"];
                /** @description Only events whose client (metadata `client` or `client_id`) is this value. */
                client?: components["parameters"]["FilterClient"];
                /** @description Only events of this model (OpenRouter id, matched exactly). */
                model?: components["parameters"]["FilterModel"];
                /** @description Only events with this outcome. */
                outcome?: components["parameters"]["FilterOutcome"];
                /** @description The metric the rows are sorted by, descending (ties by group key, ascending). Default `hours_saved`. */
                sort?: components["parameters"]["SortTimeSaved"];
                /**
                 * @description Answer only the first N rows after sorting. Without it every group is answered, up to
                 *     10,000 rows (`meta.total_groups` counts them all). `totals` always cover every group.
                 */
                top?: components["parameters"]["Top"];
            };
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The time-saved report as a CSV attachment. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example agent_id,task_type,events,events_success,events_failure,events_needs_review,hours_saved,cost_saved,agent_cost,net_saved,tokens_in,tokens_out,agent_duration_seconds_total,agent_duration_seconds_avg,fte_equivalent,events_pending_review,hours_at_stake,value_at_stake
                     *     support-classifier,email_classification,4310,4102,120,88,286.7,12901.5,124.3,12777.2,5172000,862000,21550,5,1.672,0,0,0
                     */
                    "text/csv": components["schemas"]["CsvDocument"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenOrLocked"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ReportUnprocessable"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ReportUnavailable"];
        };
    };
    getSummary: {
        parameters: {
            query?: {
                /**
                 * @description Pool owners only: report over `all` workspaces of the pool (the parent included) or one
                 *     child (`<org id>`). Rows then carry `currency` and `totals_by_currency` sums money per
                 *     currency, never across currencies; `totals` money is in the parent's currency, converted
                 *     at the frozen FX (`meta.converted`). A child's key, or an id outside the pool, answers
                 *     404 `not_found`. Combine with `group_by=workspace`. Leaderboard rows carry `workspace`
                 *     and `currency` (ranked by the converted value); a summary is one currency, so its money
                 *     is always converted (`meta.converted: true`) and `totals_by_currency` keeps each
                 *     currency's own sums.
                 */
                workspace?: components["parameters"]["Workspace"];
                /**
                 * @description With `workspace`: `true` converts every row's money into the parent's currency, at each
                 *     workspace's USD rate (its `usd_fx_rate_override`, else the bundled FX table), and says so
                 *     in `meta.converted`.
                 */
                convert?: components["parameters"]["Convert"];
                /**
                 * @description A named range, in `tz`: `24h` = the last 24 hours up to now; `7d`, `30d`, `90d` = that
                 *     many calendar days ending with today (the range ends at the start of tomorrow);
                 *     `ytd` = from 1 January of this year to the start of tomorrow; `all` = from the start of
                 *     the day of the org's first event (of today when it has none) to the start of tomorrow.
                 *     Ranges are half-open `[from, to)`. Default `30d`. Ignored when `from` and `to` are
                 *     given.
                 */
                period?: components["parameters"]["Period"];
                /**
                 * @description Start (inclusive) of an explicit range; give it together with `to` (one without the
                 *     other answers 422 `validation_error`). An explicit range overrides `period` and is
                 *     reported as `meta.period: custom`. `from` must be before `to` (otherwise 422
                 *     `validation_error`, `field: from`).
                 */
                from?: components["parameters"]["From"];
                /** @description End (exclusive) of an explicit range; give it together with `from`. */
                to?: components["parameters"]["To"];
                /**
                 * @description IANA time zone for calendar periods (`7d`… `ytd`, `all`) and for `day` / `week` /
                 *     `month` buckets, in any letter case; `meta.tz` answers its canonical spelling
                 *     (`tz=europe/BERLIN` → `Europe/Berlin`). Default: the org's `timezone`. An unknown zone
                 *     answers 422 `validation_error` on `tz`. A day starts at its first instant: local
                 *     midnight, or the end of a DST jump that skips midnight (e.g. 01:00 on 8 March 2026 in
                 *     `America/Havana`).
                 * @example Europe/Berlin
                 */
                tz?: components["parameters"]["Tz"];
                /** @description Only events of this agent. */
                agent_id?: components["parameters"]["FilterAgentId"];
                /** @description Only events of this task type. */
                task_type?: components["parameters"]["FilterTaskType"];
                /** @description Only events whose client (metadata `client` or `client_id`) is this value. */
                client?: components["parameters"]["FilterClient"];
                /** @description Only events of this model (OpenRouter id, matched exactly). */
                model?: components["parameters"]["FilterModel"];
                /** @description Only events with this outcome. */
                outcome?: components["parameters"]["FilterOutcome"];
                /** @description `json` (default) or `csv` (answered as `text/csv`). */
                format?: components["parameters"]["Format"];
            };
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The summary, as JSON or (with `format=csv`) the daily trend as CSV. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "meta": {
                     *         "period": "custom",
                     *         "range": {
                     *           "from": "2026-05-04T00:00:00Z",
                     *           "to": "2026-05-07T00:00:00Z"
                     *         },
                     *         "tz": "UTC"
                     *       },
                     *       "currency": "EUR",
                     *       "totals": {
                     *         "events": 2550,
                     *         "events_success": 2430,
                     *         "events_failure": 76,
                     *         "events_needs_review": 44,
                     *         "hours_saved": 169.4,
                     *         "cost_saved": 7623,
                     *         "agent_cost": 77.7,
                     *         "net_saved": 7545.3,
                     *         "tokens_in": 3060000,
                     *         "tokens_out": 510000,
                     *         "agent_duration_seconds_total": 17850,
                     *         "agent_duration_seconds_avg": 7,
                     *         "fte_equivalent": 9.882,
                     *         "events_pending_review": 0,
                     *         "hours_at_stake": 0,
                     *         "value_at_stake": 0
                     *       },
                     *       "outcomes": {
                     *         "success": 2430,
                     *         "failure": 76,
                     *         "needs_review": 44
                     *       },
                     *       "rates": {
                     *         "success_rate": 0.9529,
                     *         "failure_rate": 0.0298,
                     *         "needs_review_rate": 0.0173
                     *       },
                     *       "averages": {
                     *         "hours_saved_per_event": 0.066,
                     *         "cost_saved_per_event": 2.99,
                     *         "net_saved_per_event": 2.96,
                     *         "agent_cost_per_event": 0.03,
                     *         "agent_duration_seconds": 7
                     *       },
                     *       "active": {
                     *         "agents": 2,
                     *         "task_types": 2,
                     *         "clients": 1,
                     *         "models": 1
                     *       },
                     *       "trend": [
                     *         {
                     *           "day": "2026-05-04",
                     *           "events": 1200,
                     *           "events_success": 1140,
                     *           "events_failure": 36,
                     *           "events_needs_review": 24,
                     *           "hours_saved": 79.8,
                     *           "cost_saved": 3591,
                     *           "agent_cost": 36.5,
                     *           "net_saved": 3554.5,
                     *           "tokens_in": 1440000,
                     *           "tokens_out": 240000,
                     *           "agent_duration_seconds_total": 8400,
                     *           "agent_duration_seconds_avg": 7,
                     *           "fte_equivalent": 13.965,
                     *           "events_pending_review": 0,
                     *           "hours_at_stake": 0,
                     *           "value_at_stake": 0
                     *         },
                     *         {
                     *           "day": "2026-05-05",
                     *           "events": 1350,
                     *           "events_success": 1290,
                     *           "events_failure": 40,
                     *           "events_needs_review": 20,
                     *           "hours_saved": 89.6,
                     *           "cost_saved": 4032,
                     *           "agent_cost": 41.2,
                     *           "net_saved": 3990.8,
                     *           "tokens_in": 1620000,
                     *           "tokens_out": 270000,
                     *           "agent_duration_seconds_total": 9450,
                     *           "agent_duration_seconds_avg": 7,
                     *           "fte_equivalent": 15.68,
                     *           "events_pending_review": 0,
                     *           "hours_at_stake": 0,
                     *           "value_at_stake": 0
                     *         },
                     *         {
                     *           "day": "2026-05-06",
                     *           "events": 0,
                     *           "events_success": 0,
                     *           "events_failure": 0,
                     *           "events_needs_review": 0,
                     *           "hours_saved": 0,
                     *           "cost_saved": 0,
                     *           "agent_cost": 0,
                     *           "net_saved": 0,
                     *           "tokens_in": 0,
                     *           "tokens_out": 0,
                     *           "agent_duration_seconds_total": 0,
                     *           "agent_duration_seconds_avg": null,
                     *           "fte_equivalent": 0,
                     *           "events_pending_review": 0,
                     *           "hours_at_stake": 0,
                     *           "value_at_stake": 0
                     *         }
                     *       ],
                     *       "top": {
                     *         "agents": [
                     *           {
                     *             "key": "support-classifier",
                     *             "events": 1600,
                     *             "events_success": 1530,
                     *             "events_failure": 40,
                     *             "events_needs_review": 30,
                     *             "hours_saved": 106.2,
                     *             "cost_saved": 4779,
                     *             "agent_cost": 48.1,
                     *             "net_saved": 4730.9,
                     *             "tokens_in": 1920000,
                     *             "tokens_out": 320000,
                     *             "agent_duration_seconds_total": 8000,
                     *             "agent_duration_seconds_avg": 5,
                     *             "fte_equivalent": 6.195,
                     *             "events_pending_review": 0,
                     *             "hours_at_stake": 0,
                     *             "value_at_stake": 0
                     *           },
                     *           {
                     *             "key": "invoice-extractor",
                     *             "events": 950,
                     *             "events_success": 900,
                     *             "events_failure": 36,
                     *             "events_needs_review": 14,
                     *             "hours_saved": 63.2,
                     *             "cost_saved": 2844,
                     *             "agent_cost": 29.6,
                     *             "net_saved": 2814.4,
                     *             "tokens_in": 1140000,
                     *             "tokens_out": 190000,
                     *             "agent_duration_seconds_total": 9850,
                     *             "agent_duration_seconds_avg": 10.368,
                     *             "fte_equivalent": 3.687,
                     *             "events_pending_review": 0,
                     *             "hours_at_stake": 0,
                     *             "value_at_stake": 0
                     *           }
                     *         ],
                     *         "task_types": [
                     *           {
                     *             "key": "email_classification",
                     *             "events": 1600,
                     *             "events_success": 1530,
                     *             "events_failure": 40,
                     *             "events_needs_review": 30,
                     *             "hours_saved": 106.2,
                     *             "cost_saved": 4779,
                     *             "agent_cost": 48.1,
                     *             "net_saved": 4730.9,
                     *             "tokens_in": 1920000,
                     *             "tokens_out": 320000,
                     *             "agent_duration_seconds_total": 8000,
                     *             "agent_duration_seconds_avg": 5,
                     *             "fte_equivalent": 6.195,
                     *             "events_pending_review": 0,
                     *             "hours_at_stake": 0,
                     *             "value_at_stake": 0
                     *           },
                     *           {
                     *             "key": "invoice_data_extraction",
                     *             "events": 950,
                     *             "events_success": 900,
                     *             "events_failure": 36,
                     *             "events_needs_review": 14,
                     *             "hours_saved": 63.2,
                     *             "cost_saved": 2844,
                     *             "agent_cost": 29.6,
                     *             "net_saved": 2814.4,
                     *             "tokens_in": 1140000,
                     *             "tokens_out": 190000,
                     *             "agent_duration_seconds_total": 9850,
                     *             "agent_duration_seconds_avg": 10.368,
                     *             "fte_equivalent": 3.687,
                     *             "events_pending_review": 0,
                     *             "hours_at_stake": 0,
                     *             "value_at_stake": 0
                     *           }
                     *         ],
                     *         "clients": [
                     *           {
                     *             "key": "acme",
                     *             "events": 1400,
                     *             "events_success": 1340,
                     *             "events_failure": 40,
                     *             "events_needs_review": 20,
                     *             "hours_saved": 92.5,
                     *             "cost_saved": 4162.5,
                     *             "agent_cost": 41.8,
                     *             "net_saved": 4120.7,
                     *             "tokens_in": 1680000,
                     *             "tokens_out": 280000,
                     *             "agent_duration_seconds_total": 9800,
                     *             "agent_duration_seconds_avg": 7,
                     *             "fte_equivalent": 5.396,
                     *             "events_pending_review": 0,
                     *             "hours_at_stake": 0,
                     *             "value_at_stake": 0
                     *           },
                     *           {
                     *             "key": null,
                     *             "events": 1150,
                     *             "events_success": 1090,
                     *             "events_failure": 36,
                     *             "events_needs_review": 24,
                     *             "hours_saved": 76.9,
                     *             "cost_saved": 3460.5,
                     *             "agent_cost": 35.9,
                     *             "net_saved": 3424.6,
                     *             "tokens_in": 1380000,
                     *             "tokens_out": 230000,
                     *             "agent_duration_seconds_total": 8050,
                     *             "agent_duration_seconds_avg": 7,
                     *             "fte_equivalent": 4.486,
                     *             "events_pending_review": 0,
                     *             "hours_at_stake": 0,
                     *             "value_at_stake": 0
                     *           }
                     *         ],
                     *         "models": [
                     *           {
                     *             "key": "anthropic/claude-opus-4.8",
                     *             "events": 2550,
                     *             "events_success": 2430,
                     *             "events_failure": 76,
                     *             "events_needs_review": 44,
                     *             "hours_saved": 169.4,
                     *             "cost_saved": 7623,
                     *             "agent_cost": 77.7,
                     *             "net_saved": 7545.3,
                     *             "tokens_in": 3060000,
                     *             "tokens_out": 510000,
                     *             "agent_duration_seconds_total": 17850,
                     *             "agent_duration_seconds_avg": 7,
                     *             "fte_equivalent": 9.882,
                     *             "events_pending_review": 0,
                     *             "hours_at_stake": 0,
                     *             "value_at_stake": 0
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SummaryResponse"];
                    /**
                     * @example day,events,events_success,events_failure,events_needs_review,hours_saved,cost_saved,agent_cost,net_saved,tokens_in,tokens_out,agent_duration_seconds_total,agent_duration_seconds_avg,fte_equivalent,events_pending_review,hours_at_stake,value_at_stake
                     *     2026-05-04,1200,1140,36,24,79.8,3591,36.5,3554.5,1440000,240000,8400,7,13.965,0,0,0
                     *     2026-05-05,1350,1290,40,20,89.6,4032,41.2,3990.8,1620000,270000,9450,7,15.68,0,0,0
                     *     2026-05-06,0,0,0,0,0,0,0,0,0,0,0,,0,0,0,0
                     */
                    "text/csv": components["schemas"]["CsvDocument"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenOrLocked"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ReportUnprocessable"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ReportUnavailable"];
        };
    };
    getUsage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The org's usage for the current billing month. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /**
                 * @description A named range, in `tz`: `24h` = the last 24 hours up to now; `7d`, `30d`, `90d` = that
                 *     many calendar days ending with today (the range ends at the start of tomorrow);
                 *     `ytd` = from 1 January of this year to the start of tomorrow; `all` = from the start of
                 *     the day of the org's first event (of today when it has none) to the start of tomorrow.
                 *     Ranges are half-open `[from, to)`. Default `30d`. Ignored when `from` and `to` are
                 *     given.
                 */
                period?: components["parameters"]["Period"];
                /**
                 * @description Start (inclusive) of an explicit range; give it together with `to` (one without the
                 *     other answers 422 `validation_error`). An explicit range overrides `period` and is
                 *     reported as `meta.period: custom`. `from` must be before `to` (otherwise 422
                 *     `validation_error`, `field: from`).
                 */
                from?: components["parameters"]["From"];
                /** @description End (exclusive) of an explicit range; give it together with `from`. */
                to?: components["parameters"]["To"];
                /**
                 * @description IANA time zone for calendar periods (`7d`… `ytd`, `all`) and for `day` / `week` /
                 *     `month` buckets, in any letter case; `meta.tz` answers its canonical spelling
                 *     (`tz=europe/BERLIN` → `Europe/Berlin`). Default: the org's `timezone`. An unknown zone
                 *     answers 422 `validation_error` on `tz`. A day starts at its first instant: local
                 *     midnight, or the end of a DST jump that skips midnight (e.g. 01:00 on 8 March 2026 in
                 *     `America/Havana`).
                 * @example Europe/Berlin
                 */
                tz?: components["parameters"]["Tz"];
                /** @description Only events of this agent. */
                agent_id?: components["parameters"]["FilterAgentId"];
                /** @description Only events of this task type. */
                task_type?: components["parameters"]["FilterTaskType"];
                /** @description Only events whose client (metadata `client` or `client_id`) is this value. */
                client?: components["parameters"]["FilterClient"];
                /** @description Only events of this model (OpenRouter id, matched exactly). */
                model?: components["parameters"]["FilterModel"];
                /** @description Only events with this outcome. */
                outcome?: components["parameters"]["FilterOutcome"];
                /** @description `pending`: `needs_review` events not reviewed yet (the review queue); `approved`, `rejected`: reviewed ones. */
                review?: components["schemas"]["ReviewState"];
                /** @description Page size, 1–1,000. Default 100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. Omit it for the first page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description `json` (default) or `csv` (answered as `text/csv`). */
                format?: components["parameters"]["Format"];
            };
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of events, or (with `format=csv`) all of them as CSV. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventList"];
                    "text/csv": components["schemas"]["CsvDocument"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getEvent: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /**
                 * @description The event's id, as `POST /v1/track` answered it.
                 * @example evt_01HQ2B3C4D5E6F7G8H9J0K1M2N
                 */
                event_id: components["parameters"]["EventIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    reviewEvent: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /**
                 * @description The event's id, as `POST /v1/track` answered it.
                 * @example evt_01HQ2B3C4D5E6F7G8H9J0K1M2N
                 */
                event_id: components["parameters"]["EventIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "decision": "approved",
                 *       "note": "Checked the reply against the ticket."
                 *     }
                 */
                "application/json": components["schemas"]["ReviewRequest"];
            };
        };
        responses: {
            /** @description The reviewed event (also when the same decision was already recorded). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ReviewConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    reviewEvents: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "event_ids": [
                 *         "evt_01HQ2B3C4D5E6F7G8H9J0K1M2N"
                 *       ],
                 *       "decision": "rejected"
                 *     }
                 */
                "application/json": components["schemas"]["BulkReviewRequest"];
            };
        };
        responses: {
            /** @description One result per id. */
            207: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkReviewResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listTaskTypes: {
        parameters: {
            query?: {
                /** @description Only task types of this category. */
                category?: components["parameters"]["TaskTypeCategoryFilter"];
                /** @description Include archived custom task types. Default `false`. */
                include_archived?: components["parameters"]["IncludeArchived"];
            };
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task types visible to the org. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "key": "contract_redline_review",
                     *           "display_name": "Contract redline review",
                     *           "category": "legal",
                     *           "kind": "custom",
                     *           "default_baseline_minutes": 45,
                     *           "baseline_source": "Internal time study of the legal ops team, Q1 2026 (40 contracts).",
                     *           "source_url": null,
                     *           "override": null,
                     *           "effective_baseline_minutes": 45,
                     *           "archived_at": null
                     *         },
                     *         {
                     *           "key": "email_classification",
                     *           "display_name": "Email classification",
                     *           "category": "support",
                     *           "kind": "builtin",
                     *           "default_baseline_minutes": 4,
                     *           "baseline_source": "McKinsey Global Institute, \"The social economy\" (2012), on the time knowledge workers spend reading and triaging email.",
                     *           "source_url": "https://www.mckinsey.com/industries/technology-media-and-telecommunications/our-insights/the-social-economy",
                     *           "override": {
                     *             "baseline_minutes": 3,
                     *             "reason": "Our support team's own time study (March 2026) measured 3 minutes per email.",
                     *             "created_at": "2026-04-02T09:15:00.000Z",
                     *             "created_by": "AbCd1234"
                     *           },
                     *           "effective_baseline_minutes": 3,
                     *           "archived_at": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TaskTypeList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createTaskType: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "key": "contract_redline_review",
                 *       "display_name": "Contract redline review",
                 *       "category": "legal",
                 *       "default_baseline_minutes": 45,
                 *       "baseline_source": "Internal time study of the legal ops team, Q1 2026 (40 contracts)."
                 *     }
                 */
                "application/json": components["schemas"]["TaskTypeCreate"];
            };
        };
        responses: {
            /** @description The custom task type was created. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "key": "contract_redline_review",
                     *       "display_name": "Contract redline review",
                     *       "category": "legal",
                     *       "kind": "custom",
                     *       "default_baseline_minutes": 45,
                     *       "baseline_source": "Internal time study of the legal ops team, Q1 2026 (40 contracts).",
                     *       "source_url": null,
                     *       "override": null,
                     *       "effective_baseline_minutes": 45,
                     *       "archived_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["TaskType"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenOrLocked"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getTaskType: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /**
                 * @description The task type's key.
                 * @example email_classification
                 */
                key: components["parameters"]["TaskTypeKeyPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task type with its history. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "key": "email_classification",
                     *       "display_name": "Email classification",
                     *       "category": "support",
                     *       "kind": "builtin",
                     *       "default_baseline_minutes": 4,
                     *       "baseline_source": "McKinsey Global Institute, \"The social economy\" (2012), on the time knowledge workers spend reading and triaging email.",
                     *       "source_url": "https://www.mckinsey.com/industries/technology-media-and-telecommunications/our-insights/the-social-economy",
                     *       "override": {
                     *         "baseline_minutes": 3,
                     *         "reason": "Our support team's own time study (March 2026) measured 3 minutes per email.",
                     *         "created_at": "2026-04-02T09:15:00.000Z",
                     *         "created_by": "AbCd1234"
                     *       },
                     *       "effective_baseline_minutes": 3,
                     *       "archived_at": null,
                     *       "history": [
                     *         {
                     *           "action": "override_set",
                     *           "old_baseline_minutes": 4,
                     *           "new_baseline_minutes": 3,
                     *           "reason": "Our support team's own time study (March 2026) measured 3 minutes per email.",
                     *           "actor": "AbCd1234",
                     *           "at": "2026-04-02T09:15:00.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TaskTypeDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    archiveTaskType: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /**
                 * @description The task type's key.
                 * @example email_classification
                 */
                key: components["parameters"]["TaskTypeKeyPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The archived custom task type, `archived_at` set. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "key": "contract_redline_review",
                     *       "display_name": "Contract redline review",
                     *       "category": "legal",
                     *       "kind": "custom",
                     *       "default_baseline_minutes": 45,
                     *       "baseline_source": "Internal time study of the legal ops team, Q1 2026 (40 contracts).",
                     *       "source_url": null,
                     *       "override": null,
                     *       "effective_baseline_minutes": 45,
                     *       "archived_at": "2026-05-06T12:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["TaskType"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    overrideTaskType: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /**
                 * @description The task type's key.
                 * @example email_classification
                 */
                key: components["parameters"]["TaskTypeKeyPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "baseline_minutes_override": 3,
                 *       "reason": "Our support team's own time study (March 2026) measured 3 minutes per email."
                 *     }
                 */
                "application/json": components["schemas"]["TaskTypeOverrideRequest"];
            };
        };
        responses: {
            /** @description The task type with its new override. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "key": "email_classification",
                     *       "display_name": "Email classification",
                     *       "category": "support",
                     *       "kind": "builtin",
                     *       "default_baseline_minutes": 4,
                     *       "baseline_source": "McKinsey Global Institute, \"The social economy\" (2012), on the time knowledge workers spend reading and triaging email.",
                     *       "source_url": "https://www.mckinsey.com/industries/technology-media-and-telecommunications/our-insights/the-social-economy",
                     *       "override": {
                     *         "baseline_minutes": 3,
                     *         "reason": "Our support team's own time study (March 2026) measured 3 minutes per email.",
                     *         "created_at": "2026-04-02T09:15:00.000Z",
                     *         "created_by": "AbCd1234"
                     *       },
                     *       "effective_baseline_minutes": 3,
                     *       "archived_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["TaskType"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenOrLocked"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteTaskTypeOverride: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /**
                 * @description The task type's key.
                 * @example email_classification
                 */
                key: components["parameters"]["TaskTypeKeyPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task type without an override. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "key": "email_classification",
                     *       "display_name": "Email classification",
                     *       "category": "support",
                     *       "kind": "builtin",
                     *       "default_baseline_minutes": 4,
                     *       "baseline_source": "McKinsey Global Institute, \"The social economy\" (2012), on the time knowledge workers spend reading and triaging email.",
                     *       "source_url": "https://www.mckinsey.com/industries/technology-media-and-telecommunications/our-insights/the-social-economy",
                     *       "override": null,
                     *       "effective_baseline_minutes": 4,
                     *       "archived_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["TaskType"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenOrLocked"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listAgents: {
        parameters: {
            query?: {
                /** @description Page size, 1–1,000. Default 100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. Omit it for the first page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Case-insensitive substring to match. */
                search?: components["parameters"]["Search"];
            };
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of agents. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "agent_id": "invoice-extractor",
                     *           "display_name": null,
                     *           "hourly_rate_override": null,
                     *           "effective_hourly_rate": 45,
                     *           "currency": "EUR",
                     *           "events": 30211,
                     *           "first_seen_at": "2026-01-12T08:01:44.000Z",
                     *           "last_seen_at": "2026-05-06T10:41:03.000Z",
                     *           "hours_saved_30d": 134.1,
                     *           "cost_saved_30d": 6034.5,
                     *           "net_saved_30d": 5938.7
                     *         },
                     *         {
                     *           "agent_id": "support-classifier",
                     *           "display_name": "Support classifier",
                     *           "hourly_rate_override": 38.5,
                     *           "effective_hourly_rate": 38.5,
                     *           "currency": "EUR",
                     *           "events": 118402,
                     *           "first_seen_at": "2025-11-03T14:22:10.000Z",
                     *           "last_seen_at": "2026-05-06T10:42:00.000Z",
                     *           "hours_saved_30d": 286.7,
                     *           "cost_saved_30d": 11037.95,
                     *           "net_saved_30d": 10913.65
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["AgentList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ReportUnavailable"];
        };
    };
    updateAgent: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /**
                 * @description The agent's id, as sent in `agent_id` when tracking (percent-encoded).
                 * @example support-classifier
                 */
                agent_id: components["parameters"]["AgentIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "display_name": "Support classifier",
                 *       "hourly_rate_override": 38.5
                 *     }
                 */
                "application/json": components["schemas"]["AgentUpdate"];
            };
        };
        responses: {
            /** @description The updated agent. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "agent_id": "support-classifier",
                     *       "display_name": "Support classifier",
                     *       "hourly_rate_override": 38.5,
                     *       "effective_hourly_rate": 38.5,
                     *       "currency": "EUR",
                     *       "events": 118402,
                     *       "first_seen_at": "2025-11-03T14:22:10.000Z",
                     *       "last_seen_at": "2026-05-06T10:42:00.000Z",
                     *       "hours_saved_30d": 286.7,
                     *       "cost_saved_30d": 11037.95,
                     *       "net_saved_30d": 10913.65
                     *     }
                     */
                    "application/json": components["schemas"]["Agent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ReportUnavailable"];
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                /** @description Page size, 1–1,000. Default 100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. Omit it for the first page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Include revoked keys. Default `true`. */
                include_revoked?: components["parameters"]["IncludeRevoked"];
            };
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of API keys. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "Xy7Pq2Rs",
                     *           "name": "n8n production",
                     *           "prefix": "hh_live_Xy7Pq2Rs",
                     *           "mode": "live",
                     *           "scopes": [
                     *             "track:write"
                     *           ],
                     *           "created_at": "2026-04-20T16:03:00.000Z",
                     *           "last_used_at": "2026-05-06T10:40:00.000Z",
                     *           "revoked_at": null
                     *         },
                     *         {
                     *           "id": "AbCd1234",
                     *           "name": "Initial key",
                     *           "prefix": "hh_live_AbCd1234",
                     *           "mode": "live",
                     *           "scopes": [
                     *             "track:write",
                     *             "read:reports",
                     *             "admin"
                     *           ],
                     *           "created_at": "2026-01-12T08:00:00.000Z",
                     *           "last_used_at": "2026-05-06T09:12:00.000Z",
                     *           "revoked_at": null
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["ApiKeyList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "n8n production",
                 *       "scopes": [
                 *         "track:write"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ApiKeyCreate"];
            };
        };
        responses: {
            /** @description The key was created; `secret` is shown only in this response. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "Xy7Pq2Rs",
                     *       "name": "n8n production",
                     *       "prefix": "hh_live_Xy7Pq2Rs",
                     *       "mode": "live",
                     *       "scopes": [
                     *         "track:write"
                     *       ],
                     *       "created_at": "2026-04-20T16:03:00.000Z",
                     *       "last_used_at": null,
                     *       "revoked_at": null,
                     *       "secret": "hh_live_Xy7Pq2Rs_Q9wE3rT5yU7iO1pA3sD5fG7hJ9kL2zX4cV6bN8mQ1wE3rT5y"
                     *     }
                     */
                    "application/json": components["schemas"]["CreatedApiKey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /**
                 * @description The key's 8-character public id (the part after `hh_live_`).
                 * @example AbCd1234
                 */
                id: components["parameters"]["ApiKeyIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revoked key, `revoked_at` set. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "Xy7Pq2Rs",
                     *       "name": "n8n production",
                     *       "prefix": "hh_live_Xy7Pq2Rs",
                     *       "mode": "live",
                     *       "scopes": [
                     *         "track:write"
                     *       ],
                     *       "created_at": "2026-04-20T16:03:00.000Z",
                     *       "last_used_at": "2026-05-06T10:40:00.000Z",
                     *       "revoked_at": "2026-05-06T11:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getOrg: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The org. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "org_01HQ2B3C4D5E6F7G8H9J0K1M2N",
                     *       "name": "Acme Support GmbH",
                     *       "plan": "pro",
                     *       "currency": "EUR",
                     *       "default_hourly_rate": 45,
                     *       "timezone": "Europe/Berlin",
                     *       "needs_review_credit": 0.5,
                     *       "pending_review_valuation": "credit",
                     *       "fallback_baseline_minutes": null,
                     *       "usd_fx_rate_override": null,
                     *       "included_events": null,
                     *       "parent_org_id": null,
                     *       "created_at": "2026-01-12T08:00:00.000Z",
                     *       "digest_emails": []
                     *     }
                     */
                    "application/json": components["schemas"]["Org"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateOrg: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "default_hourly_rate": 52,
                 *       "timezone": "Europe/Berlin",
                 *       "needs_review_credit": 0.4,
                 *       "pending_review_valuation": "credit"
                 *     }
                 */
                "application/json": components["schemas"]["OrgUpdate"];
            };
        };
        responses: {
            /** @description The updated org. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "org_01HQ2B3C4D5E6F7G8H9J0K1M2N",
                     *       "name": "Acme Support GmbH",
                     *       "plan": "pro",
                     *       "currency": "EUR",
                     *       "default_hourly_rate": 52,
                     *       "timezone": "Europe/Berlin",
                     *       "needs_review_credit": 0.4,
                     *       "pending_review_valuation": "credit",
                     *       "fallback_baseline_minutes": null,
                     *       "usd_fx_rate_override": null,
                     *       "included_events": null,
                     *       "parent_org_id": null,
                     *       "created_at": "2026-01-12T08:00:00.000Z",
                     *       "digest_emails": []
                     *     }
                     */
                    "application/json": components["schemas"]["Org"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["SettingsConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listWebhooks: {
        parameters: {
            query?: {
                /** @description Page size, 1–1,000. Default 100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. Omit it for the first page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenOrLocked"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookCreate"];
            };
        };
        responses: {
            /** @description The endpoint was created; `secret` is shown only in this response. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenOrLocked"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The webhook endpoint id. */
                id: components["parameters"]["WebhookIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenOrLocked"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The webhook endpoint id. */
                id: components["parameters"]["WebhookIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenOrLocked"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The webhook endpoint id. */
                id: components["parameters"]["WebhookIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookUpdate"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenOrLocked"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    testWebhook: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The webhook endpoint id. */
                id: components["parameters"]["WebhookIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ping delivery, queued. */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenOrLocked"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Page size, 1–1,000. Default 100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. Omit it for the first page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The webhook endpoint id. */
                id: components["parameters"]["WebhookIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenOrLocked"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    redeliverWebhookDelivery: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The webhook endpoint id. */
                id: components["parameters"]["WebhookIdPath"];
                /** @description The delivery id. */
                delivery_id: components["parameters"]["DeliveryIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery, queued again. */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenOrLocked"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listAlertRules: {
        parameters: {
            query?: {
                /** @description Page size, 1–1,000. Default 100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. Omit it for the first page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertRuleList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenOrLocked"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createAlertRule: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AlertRuleCreate"];
            };
        };
        responses: {
            /** @description The rule was created. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertRule"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenOrLocked"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAlertRule: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The alert rule id. */
                id: components["parameters"]["AlertIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertRule"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenOrLocked"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteAlertRule: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The alert rule id. */
                id: components["parameters"]["AlertIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertRule"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenOrLocked"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateAlertRule: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The alert rule id. */
                id: components["parameters"]["AlertIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AlertRuleUpdate"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertRule"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenOrLocked"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listModels: {
        parameters: {
            query?: {
                /** @description Case-insensitive substring to match. */
                search?: components["parameters"]["Search"];
                /** @description Page size, 1–1,000. Default 100. */
                limit?: components["parameters"]["Limit"];
            };
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The price book (at most `limit` models). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "as_of": "2026-05-06T03:00:00.000Z",
                     *       "source": "remote",
                     *       "data": [
                     *         {
                     *           "id": "anthropic/claude-opus-4.8",
                     *           "name": "anthropic/claude-opus-4.8",
                     *           "input_usd_per_million_tokens": 5,
                     *           "output_usd_per_million_tokens": 25,
                     *           "context_length": 1000000
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ModelList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    adminListOrgs: {
        parameters: {
            query?: {
                /** @description Page size, 1–1,000. Default 100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. Omit it for the first page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of orgs. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "org_01HQ2B3C4D5E6F7G8H9J0K1M2N",
                     *           "name": "Acme Support GmbH",
                     *           "plan": "pro",
                     *           "currency": "EUR",
                     *           "default_hourly_rate": 45,
                     *           "timezone": "Europe/Berlin",
                     *           "needs_review_credit": 0.5,
                     *           "pending_review_valuation": "credit",
                     *           "fallback_baseline_minutes": null,
                     *           "usd_fx_rate_override": null,
                     *           "included_events": null,
                     *           "parent_org_id": null,
                     *           "created_at": "2026-01-12T08:00:00.000Z",
                     *           "digest_emails": [],
                     *           "events_this_month": 24310,
                     *           "lifetime_events": 318211
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["AdminOrgList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["AdminUnauthorized"];
            404: components["responses"]["AdminNotFound"];
            422: components["responses"]["UnmeteredValidationError"];
            429: components["responses"]["AdminTooManyAttempts"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    adminCreateOrg: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Acme Support GmbH",
                 *       "plan": "pro",
                 *       "currency": "EUR",
                 *       "default_hourly_rate": 45,
                 *       "timezone": "Europe/Berlin"
                 *     }
                 */
                "application/json": components["schemas"]["AdminOrgCreate"];
            };
        };
        responses: {
            /** @description The org and its first API key. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "org": {
                     *         "id": "org_01HQ2B3C4D5E6F7G8H9J0K1M2N",
                     *         "name": "Acme Support GmbH",
                     *         "plan": "pro",
                     *         "currency": "EUR",
                     *         "default_hourly_rate": 45,
                     *         "timezone": "Europe/Berlin",
                     *         "needs_review_credit": 0.5,
                     *         "pending_review_valuation": "credit",
                     *         "fallback_baseline_minutes": null,
                     *         "usd_fx_rate_override": null,
                     *         "included_events": null,
                     *         "parent_org_id": null,
                     *         "created_at": "2026-01-12T08:00:00.000Z",
                     *         "digest_emails": []
                     *       },
                     *       "api_key": {
                     *         "id": "AbCd1234",
                     *         "name": "Initial key",
                     *         "prefix": "hh_live_AbCd1234",
                     *         "mode": "live",
                     *         "scopes": [
                     *           "track:write",
                     *           "read:reports",
                     *           "admin"
                     *         ],
                     *         "created_at": "2026-01-12T08:00:00.000Z",
                     *         "last_used_at": null,
                     *         "revoked_at": null,
                     *         "secret": "hh_live_AbCd1234_k3J9sL2mN8pQ4rT6vW1xY5zA7bC0dE2fG4hJ6kL8mN0pQ2rS"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AdminOrgCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["AdminUnauthorized"];
            404: components["responses"]["AdminNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnmeteredValidationError"];
            429: components["responses"]["AdminTooManyAttempts"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    adminUpdateOrg: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /**
                 * @description The org's id.
                 * @example org_01HQ2B3C4D5E6F7G8H9J0K1M2N
                 */
                id: components["parameters"]["OrgIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "plan": "enterprise",
                 *       "included_events": 2000000
                 *     }
                 */
                "application/json": components["schemas"]["AdminOrgUpdate"];
            };
        };
        responses: {
            /** @description The updated org. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "org_01HQ2B3C4D5E6F7G8H9J0K1M2N",
                     *       "name": "Acme Support GmbH",
                     *       "plan": "enterprise",
                     *       "currency": "EUR",
                     *       "default_hourly_rate": 45,
                     *       "timezone": "Europe/Berlin",
                     *       "needs_review_credit": 0.5,
                     *       "pending_review_valuation": "credit",
                     *       "fallback_baseline_minutes": null,
                     *       "usd_fx_rate_override": null,
                     *       "included_events": 2000000,
                     *       "parent_org_id": null,
                     *       "created_at": "2026-01-12T08:00:00.000Z",
                     *       "digest_emails": []
                     *     }
                     */
                    "application/json": components["schemas"]["Org"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["AdminUnauthorized"];
            404: components["responses"]["AdminNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnmeteredValidationError"];
            429: components["responses"]["AdminTooManyAttempts"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listWorkspaces: {
        parameters: {
            query?: {
                /** @description Page size, 1–1,000. Default 100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. Omit it for the first page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of workspaces. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspaceList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenOrLocked"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createWorkspace: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkspaceCreate"];
            };
        };
        responses: {
            /** @description The workspace and its first key. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWorkspace"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenOrLocked"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteWorkspace: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The child workspace's org id. */
                id: components["parameters"]["WorkspaceIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The closed workspace, `closed_at` set. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenOrLocked"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateWorkspace: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The child workspace's org id. */
                id: components["parameters"]["WorkspaceIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkspaceUpdate"];
            };
        };
        responses: {
            /** @description The changed workspace. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenOrLocked"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listShareLinks: {
        parameters: {
            query?: {
                /** @description Page size, 1–1,000. Default 100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. Omit it for the first page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of share links. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShareLinkList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createShareLink: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ShareLinkCreate"];
            };
        };
        responses: {
            /** @description The link; `token` and `url` are shown only in this response. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedShareLink"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    revokeShareLink: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The share link's id. */
                id: components["parameters"]["ShareLinkIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revoked link, `revoked_at` set. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShareLink"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSharedOverview: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description The token of a share link (the part of its URL after `#`); without it the answer is 404. */
                "X-Share-Token"?: components["parameters"]["ShareToken"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The link's view. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Robots-Tag": components["headers"]["X-Robots-Tag"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharedOverview"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["ShareNotFound"];
            422: components["responses"]["UnmeteredValidationError"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    exportShared: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description The token of a share link (the part of its URL after `#`); without it the answer is 404. */
                "X-Share-Token"?: components["parameters"]["ShareToken"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The link's view. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Robots-Tag": components["headers"]["X-Robots-Tag"];
                    "Referrer-Policy": components["headers"]["Referrer-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["CsvDocument"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["ShareNotFound"];
            422: components["responses"]["UnmeteredValidationError"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listAuditLog: {
        parameters: {
            query?: {
                /** @description Page size, 1–1,000. Default 100. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page. Omit it for the first page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of audit entries. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditLogPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is up. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok"
                     *     }
                     */
                    "application/json": components["schemas"]["HealthStatus"];
                };
            };
            422: components["responses"]["UnmeteredValidationError"];
            500: components["responses"]["InternalError"];
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok",
                     *       "checks": {
                     *         "database": "ok"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ReadinessStatus"];
                };
            };
            422: components["responses"]["UnmeteredValidationError"];
            500: components["responses"]["InternalError"];
            /** @description Not ready. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "unavailable",
                     *       "checks": {
                     *         "database": "error"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ReadinessStatus"];
                };
            };
        };
    };
    getOpenApiJson: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI 3.1 document. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenApiDocument"];
                };
            };
            422: components["responses"]["UnmeteredValidationError"];
            500: components["responses"]["InternalError"];
        };
    };
    getOpenApiYaml: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI 3.1 document. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/yaml": components["schemas"]["YamlDocument"];
                };
            };
            422: components["responses"]["UnmeteredValidationError"];
            500: components["responses"]["InternalError"];
        };
    };
    mcpMessage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "jsonrpc": "2.0",
                 *       "id": 1,
                 *       "method": "tools/call",
                 *       "params": {
                 *         "name": "get_summary",
                 *         "arguments": {
                 *           "period": "7d"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["JsonRpcMessage"];
            };
        };
        responses: {
            /** @description The JSON-RPC response to the request. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JsonRpcResponse"];
                };
            };
            /** @description A notification or a response was accepted; no body. */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["McpBadRequest"];
            401: components["responses"]["McpUnauthorized"];
            404: components["responses"]["McpDisabled"];
            406: components["responses"]["McpNotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getProtectedResourceMetadata: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
                 *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
                 *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
                 *     id is never a reason to refuse a request.
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metadata. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "resource": "https://humanhours.example.com",
                     *       "bearer_methods_supported": [
                     *         "header"
                     *       ],
                     *       "scopes_supported": [
                     *         "track:write",
                     *         "read:reports",
                     *         "admin",
                     *         "review:write"
                     *       ],
                     *       "resource_name": "HumanHours",
                     *       "resource_documentation": "https://humanhours.example.com/docs"
                     *     }
                     */
                    "application/json": components["schemas"]["ProtectedResourceMetadata"];
                };
            };
            404: components["responses"]["McpDisabled"];
            422: components["responses"]["UnmeteredValidationError"];
            500: components["responses"]["InternalError"];
        };
    };
    receiveWebhookEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Anything else (or no answer within 10 s) is retried. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
type FlattenedDeepRequired<T> = {
    [K in keyof T]-?: FlattenedDeepRequired<T[K] extends unknown[] | undefined | null ? Extract<T[K], unknown[]>[number] : T[K]>;
};
type ReadonlyArray<T> = [
    Exclude<T, undefined>
] extends [
    unknown[]
] ? Readonly<Exclude<T, undefined>> : Readonly<Exclude<T, undefined>[]>;
export const outcomeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Outcome"]> = ["success", "failure", "needs_review"];
export const apiKeyScopeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ApiKeyScope"]> = ["track:write", "read:reports", "admin", "review:write"];
export const apiKeyModeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ApiKeyMode"]> = ["live", "test"];
export const planValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Plan"]> = ["free", "pro", "agency", "enterprise"];
export const taskTypeCategoryValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["TaskTypeCategory"]> = ["support", "ops", "sales", "legal", "content", "research", "data", "dev"];
export const errorCodeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ErrorCode"]> = ["missing_authorization", "invalid_api_key", "key_revoked", "admin_token_invalid", "insufficient_scope", "feature_locked", "not_found", "method_not_allowed", "request_timeout", "idempotency_key_reused", "already_reviewed", "not_reviewable", "settings_conflict", "invalid_json", "bad_request", "payload_too_large", "unsupported_media_type", "validation_error", "unknown_task_type", "occurred_at_out_of_range", "raw_events_expired", "value_out_of_range", "rate_limited", "quota_exceeded", "workspace_limit_reached", "internal", "not_supported", "service_unavailable", "report_timeout"];
export const reviewDecisionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ReviewDecision"]> = ["approved", "rejected"];
export const reviewStateValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ReviewState"]> = ["pending", "approved", "rejected"];
export const bulkReviewResultStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["BulkReviewResult"]["status"]> = [200, 404, 409];
export const trackedEventFieldsResolved_baseline_sourceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["TrackedEventFields"]["resolved_baseline_source"]> = ["request", "override", "builtin", "custom", "fallback"];
export const trackedEventFieldsResolved_cost_sourceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["TrackedEventFields"]["resolved_cost_source"]> = ["provided", "computed", "none"];
export const trackBatchResultSuccessStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["TrackBatchResultSuccess"]["status"]> = [200, 201];
export const trackBatchResultFailureStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["TrackBatchResultFailure"]["status"]> = [409, 422, 429];
export const periodValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Period"]> = ["24h", "7d", "30d", "90d", "ytd", "all"];
export const resolvedPeriodValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ResolvedPeriod"]> = ["24h", "7d", "30d", "90d", "ytd", "all", "custom"];
export const groupByDimensionAnyOf0Values: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["GroupByDimension"]> = ["agent", "task_type", "client", "model", "outcome", "day", "week", "month", "workspace"];
export const reportSortValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ReportSort"]> = ["hours_saved", "cost_saved", "net_saved", "events"];
export const reportFormatValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ReportFormat"]> = ["json", "csv"];
export const shareLinkCreateViewValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ShareLinkCreate"]["view"]> = ["overview"];
export const shareLinkFieldsViewValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ShareLinkFields"]["view"]> = ["overview"];
export const sharedOverviewLinkViewValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SharedOverview"]["link"]["view"]> = ["overview"];
export const auditEntryTarget_typeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AuditEntry"]["target_type"]> = ["workspace", "share_link", "task_type"];
export const taskTypeFieldsKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["TaskTypeFields"]["kind"]> = ["builtin", "custom"];
export const taskTypeHistoryEntryActionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["TaskTypeHistoryEntry"]["action"]> = ["override_set", "override_removed", "created", "archived"];
export const webhookEventTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["WebhookEventType"]> = ["event.created", "agent.first_event", "weekly.digest", "monthly.digest", "usage.threshold", "alert.triggered", "alert.resolved"];
export const webhookFieldsStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["WebhookFields"]["status"]> = ["active", "failing", "disabled"];
export const webhookDeliveryEvent_typeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["WebhookDelivery"]["event_type"]> = ["event.created", "agent.first_event", "weekly.digest", "monthly.digest", "usage.threshold", "alert.triggered", "alert.resolved", "ping"];
export const webhookDeliveryStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["WebhookDelivery"]["status"]> = ["pending", "succeeded", "failed"];
export const alertKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AlertKind"]> = ["net_saved_below", "cost_per_hour_saved_above", "failure_share_above"];
export const webhookPayloadTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["WebhookPayload"]["type"]> = ["event.created", "agent.first_event", "weekly.digest", "monthly.digest", "usage.threshold", "alert.triggered", "alert.resolved", "ping"];
export const digestDataPeriodValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DigestData"]["period"]> = ["week", "month"];
export const usageThresholdDataThreshold_percentValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UsageThresholdData"]["threshold_percent"]> = [80, 100];
export const pendingReviewValuationValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PendingReviewValuation"]> = ["credit", "zero"];
export const modelListSourceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ModelList"]["source"]> = ["bundled", "remote"];
export const protectedResourceMetadataBearer_methods_supportedValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ProtectedResourceMetadata"]["bearer_methods_supported"]> = ["header"];
export const healthStatusStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["HealthStatus"]["status"]> = ["ok"];
export const readinessStatusStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ReadinessStatus"]["status"]> = ["ok", "unavailable"];
export const readinessStatusChecksDatabaseValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ReadinessStatus"]["checks"]["database"]> = ["ok", "error"];
export const componentsHeadersIdempotentReplayedValues: ReadonlyArray<FlattenedDeepRequired<components>["headers"]["Idempotent-Replayed"]> = ["true"];
