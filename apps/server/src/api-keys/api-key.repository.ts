// The api_keys table's SQL beyond the ORM calls of the keys' endpoints (api-key.service.ts): what the key cache reads
// on every authentication and writes when a key is used.
/** What authenticating a request needs of a key. */
export const READ_KEY = 'select id, org_id, secret_hash, scopes, revoked_at, last_used_at from api_keys where id = ?';

export const TOUCH_KEY = 'update api_keys set last_used_at = ? where id = ?';
