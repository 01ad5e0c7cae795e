import { Inject, Injectable, Logger } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Database } from '../db/database.js';
import { EMAIL_SENT, LEASE_EMAIL, PENDING_EMAILS } from './scheduled-run.repository.js';

/** A claimed email job is reserved this long; a process that dies while sending leaves it to the next one. */
const LEASE_MS = 5 * 60_000;

export interface DigestMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
}

/** Sends the digest emails that claimed schedule rows hold (HUMANHOURS_SMTP_URL), each once across processes. */
@Injectable()
export class DigestMailer {
  private transport: Transporter | null = null;
  private readonly logger = new Logger('DigestMailer');

  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get enabled(): boolean {
    return this.config.smtp.url !== null;
  }

  async sendPending(now: number): Promise<number> {
    if (!this.config.smtp.url) return 0;
    this.transport ??= createTransport(this.config.smtp.url);
    const due = await this.db.all<{ job: string; org_id: string; period: string; email_payload: string }>(PENDING_EMAILS, [now]);
    let sent = 0;
    for (const row of due) {
      const key = [row.job, row.org_id, row.period];
      const claimed = await this.db.all(LEASE_EMAIL, [now + LEASE_MS, ...key, now]);
      if (!claimed.length) continue;
      const mail = JSON.parse(row.email_payload) as DigestMail;
      try {
        await this.transport.sendMail({
          from: this.config.smtp.from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
        });
        await this.db.run(EMAIL_SENT, key);
        sent++;
      } catch (err) {
        // The lease expires and a later pass tries again; the message never includes the SMTP URL (it may hold a password).
        this.logger.warn(`sending the ${row.job} email of ${row.org_id} failed: ${(err as Error).message}`);
      }
    }
    return sent;
  }

  close(): void {
    this.transport?.close();
  }
}
