// Routes of the hosted HumanHours service that a self-hosted server does not offer. A client written against the
// hosted API gets a code saying so (501 not_supported) and what to use instead, not a bare 404.
import { ApiError } from './api-error.js';

const HOSTED_ONLY: ReadonlyArray<{ prefix: string; what: string; hint: string }> = [
  {
    prefix: '/v1/companies',
    what: 'Company enrichment (wage breakdowns of a domain)',
    hint: 'Company enrichment is a separate product of the hosted service; set hourly rates with PATCH /v1/org or PATCH /v1/agents/{agent_id}',
  },
  {
    prefix: '/v1/jobs',
    what: 'Asynchronous jobs',
    hint: 'This server answers reports and exports directly: call GET /v1/reports/… or GET /v1/reports/export',
  },
];

/** 501 not_supported for a path under a hosted-only prefix, else null. */
export function hostedOnlyRoute(path: string): ApiError | null {
  const route = HOSTED_ONLY.find(({ prefix }) => path === prefix || path.startsWith(`${prefix}/`));
  if (!route) return null;
  return new ApiError('not_supported', `${route.what} (${route.prefix}…) is a route of the hosted service this server does not offer`, {
    hint: route.hint,
  });
}
