import { type SESClient, SendEmailCommand } from '@aws-sdk/client-ses';
import type { RenderedEmail } from '../email/index.ts';

/** Sender settings of the mailer (see loadMailConfig). */
export interface MailSettings {
  from: string;
  configurationSet?: string | undefined;
}

/** What sending needs, whatever the email is. */
export interface SendDeps {
  ses: SESClient;
  mail: MailSettings;
  now?: () => Date;
}

/**
 * The one way the mailer sends (invariant 4): send with SES, then mark the job sent with the
 * caller's conditional write. SES errors propagate before anything is marked, so the stream record
 * is retried; after a successful send the mark makes every retry find the job done. The caller
 * checks "already sent" with a consistent read before rendering.
 */
export async function sendThenMark(
  deps: SendDeps,
  message: { to: string; email: RenderedEmail },
  markSent: (sentAt: string) => Promise<boolean>,
): Promise<void> {
  const utf8 = (data: string) => ({ Data: data, Charset: 'UTF-8' });
  const { email } = message;
  await deps.ses.send(
    new SendEmailCommand({
      Source: deps.mail.from,
      Destination: { ToAddresses: [message.to] },
      Message: { Subject: utf8(email.subject), Body: { Text: utf8(email.text), Html: utf8(email.html) } },
      ...(deps.mail.configurationSet ? { ConfigurationSetName: deps.mail.configurationSet } : {}),
    }),
  );
  // False means a concurrent delivery marked it first; both sent, which only two parallel
  // invocations for one record can cause (a stream shard is processed in order, so it is rare).
  await markSent(sentAtOf(deps));
}

/** The time a job is marked done with. */
export function sentAtOf(deps: Pick<SendDeps, 'now'>): string {
  return (deps.now?.() ?? new Date()).toISOString();
}
