// Generated from openapi.yaml by `pnpm gen`. Do not edit by hand.
export const operations = {
  adminCreateOrg: { method: 'POST', path: '/v1/admin/orgs', auth: 'adminToken' },
  adminListOrgs: { method: 'GET', path: '/v1/admin/orgs', auth: 'adminToken' },
  adminUpdateOrg: { method: 'PATCH', path: '/v1/admin/orgs/{id}', auth: 'adminToken' },
} as const;
