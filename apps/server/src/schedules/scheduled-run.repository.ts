// The scheduled_runs table's SQL: which job ran for which org and period (the claim that makes a digest, a usage
// threshold or an alert pass happen once across processes), and the digest e-mail waiting to be sent.

/** Claims (job, org, period); changes no row when another process (or an earlier run) already has it. */
export const CLAIM_RUN =
  'insert into scheduled_runs (job, org_id, period, claimed_at) values (?, ?, ?, ?) on conflict (job, org_id, period) do nothing';

export const RUN_CLAIMED = 'select 1 as found from scheduled_runs where job = ? and org_id = ? and period = ?';

/** The digest e-mail of a claimed run, for the mailer to send. */
export const SET_EMAIL_PAYLOAD = 'update scheduled_runs set email_payload = ? where job = ? and org_id = ? and period = ?';

/** Up to 20 e-mails to send whose lease (if any) expired. */
export const PENDING_EMAILS = `select job, org_id, period, email_payload from scheduled_runs
       where email_payload is not null and (email_lease_until is null or email_lease_until < ?) limit 20`;

/** Leases one e-mail to this process (returns its row only when it got the lease). */
export const LEASE_EMAIL = `update scheduled_runs set email_lease_until = ? where job = ? and org_id = ? and period = ?
         and email_payload is not null and (email_lease_until is null or email_lease_until < ?) returning job`;

export const EMAIL_SENT =
  'update scheduled_runs set email_payload = null, email_lease_until = null where job = ? and org_id = ? and period = ?';
