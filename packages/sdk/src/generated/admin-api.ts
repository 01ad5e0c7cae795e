// Generated from openapi.yaml by `pnpm gen`. Do not edit by hand.
export interface paths {
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description A request id of 1–200 printable ASCII characters.
         * @example req_01HXYZ8K3M4N5P6Q7R8S9T0V1W
         */
        RequestId: string;
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
         * @description Page size.
         * @default 100
         */
        PageLimit: number;
        /** @description An opaque pagination cursor (base64url). */
        Cursor: string;
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
        /** @description A newly created API key, with its secret. */
        CreatedApiKey: {
            /** @description The full key, to send as `Authorization: Bearer <secret>`. Shown exactly once; store it now. */
            secret: string;
        } & components["schemas"]["ApiKeyFields"];
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
        /** @description Who receives the weekly and monthly digest by email (needs `HUMANHOURS_SMTP_URL`). */
        DigestEmails: string[];
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
    };
    parameters: {
        /**
         * @description Your own request id (1–200 printable ASCII characters), echoed in the response's
         *     `X-Request-Id` and written to the server's logs. Without it, or when it does not
         *     conform (too long, spaces, non-ASCII, sent twice), the server generates one: a request
         *     id is never a reason to refuse a request.
         */
        RequestId: components["schemas"]["RequestId"];
        /** @description Page size, 1–1,000. Default 100. */
        Limit: components["schemas"]["PageLimit"];
        /** @description The `next_cursor` of the previous page. Omit it for the first page. */
        Cursor: components["schemas"]["Cursor"];
        /**
         * @description The org's id.
         * @example org_01HQ2B3C4D5E6F7G8H9J0K1M2N
         */
        OrgIdPath: components["schemas"]["OrgId"];
    };
    requestBodies: never;
    headers: {
        /** @description The request's id (the caller's own `X-Request-Id` when it sent one, otherwise generated). On every response. */
        "X-Request-Id": components["schemas"]["RequestId"];
        /**
         * @description Whole seconds (at least 1) to wait before retrying: the rate-limit window for
         *     `rate_limited`, the time until the next billing month starts for `quota_exceeded`.
         */
        "Retry-After": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
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
}
