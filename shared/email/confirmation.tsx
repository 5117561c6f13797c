import { renderToString } from 'preact-render-to-string';
import type { Answers } from '../answers/types.ts';
import type { Consultation } from '../definition/schema.ts';
import { formatDateTime } from '../i18n/format.ts';
import { directionOf, htmlLang, type Locale } from '../i18n/locales.ts';
import { messagesFor } from '../i18n/messages.ts';
import { pageLocale, textIn } from '../views/localized.ts';
import { type AnswerRow, answerRows } from './answer-rows.ts';
import { headerSafe, plainText as plain } from './text-safety.ts';

export interface ConfirmationEmailInput {
  definition: Consultation;
  locale: Locale;
  reference: string;
  answers: Answers;
  personal: Answers;
  /** The private status link, for a submission with an approval workflow. */
  statusLink?: { url: string; expiresAt?: Date | undefined } | undefined;
}

/** A complete email: header-safe subject, plain text and HTML with the same content. */
export interface ConfirmationEmail {
  subject: string;
  text: string;
  html: string;
}

interface Content {
  locale: Locale;
  subject: string;
  greeting: string;
  intro: string;
  referenceLabel: string;
  reference: string;
  answersTitle: string;
  rows: AnswerRow[];
  status?: { intro: string; url: string; validUntil?: string | undefined } | undefined;
  thankYou: string;
  contact: string;
  automatic: string;
}

function Lines({ text }: { text: string }) {
  return (
    <>
      {text.split('\n').map((line, i) => (
        <>
          {i > 0 && <br />}
          {line}
        </>
      ))}
    </>
  );
}

const FONT = 'font-family:Arial,Helvetica,sans-serif;color:#0b0c0c;font-size:16px;line-height:1.5';

function EmailHtml(c: Content) {
  const dir = directionOf(c.locale);
  const align = dir === 'rtl' ? 'right' : 'left';
  const cell = `${FONT};padding:8px 12px 8px 0;border-bottom:1px solid #b1b4b6;vertical-align:top;text-align:${align}`;
  return (
    <html lang={htmlLang(c.locale)} dir={dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{c.subject}</title>
      </head>
      <body style="margin:0;padding:0;background:#f3f2f1">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f3f2f1">
          <tr>
            <td align="center" style="padding:24px 12px">
              <table
                role="presentation"
                width="100%"
                cellpadding="0"
                cellspacing="0"
                dir={dir}
                style={`max-width:600px;background:#ffffff;border-top:8px solid #1d4e89;text-align:${align}`}
              >
                <tr>
                  <td style={`${FONT};padding:24px;text-align:${align}`}>
                    <p style="margin:0 0 16px">{c.greeting}</p>
                    <p style="margin:0 0 16px">{c.intro}</p>
                    <p style="margin:0 0 24px">
                      {c.referenceLabel}:{' '}
                      <strong style="font-size:20px;letter-spacing:1px">{c.reference}</strong>
                    </p>
                    {c.status && (
                      <p style="margin:0 0 24px">
                        {c.status.intro}
                        <br />
                        <a href={c.status.url} style="color:#1d4e89">
                          {c.status.url}
                        </a>
                        {c.status.validUntil && (
                          <>
                            <br />
                            {c.status.validUntil}
                          </>
                        )}
                      </p>
                    )}
                    <h2 style="font-size:20px;margin:0 0 8px">{c.answersTitle}</h2>
                    <table
                      cellpadding="0"
                      cellspacing="0"
                      width="100%"
                      style="border-collapse:collapse;margin:0 0 24px"
                    >
                      <tbody>
                        {c.rows.map((row) => (
                          <tr key={row.fieldId}>
                            <th scope="row" style={`${cell};font-weight:bold;width:40%`}>
                              {row.label}
                            </th>
                            <td style={cell}>
                              <Lines text={row.value} />
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                    <p style="margin:0 0 24px">
                      <Lines text={c.thankYou} />
                    </p>
                    <p style="margin:0;font-size:14px;color:#484949">
                      {c.contact}
                      <br />
                      {c.automatic}
                    </p>
                  </td>
                </tr>
              </table>
            </td>
          </tr>
        </table>
      </body>
    </html>
  );
}

function emailText(c: Content): string {
  const indent = (text: string) => text.replace(/^/gm, '  ');
  return [
    c.greeting,
    '',
    c.intro,
    '',
    `${c.referenceLabel}: ${c.reference}`,
    '',
    ...(c.status
      ? [c.status.intro, c.status.url, ...(c.status.validUntil ? [c.status.validUntil] : []), '']
      : []),
    c.answersTitle,
    '='.repeat(Math.max(c.answersTitle.length, 3)),
    '',
    ...c.rows.flatMap((row) => [row.label, indent(row.value), '']),
    c.thankYou,
    '',
    '-- ',
    c.contact,
    c.automatic,
    '',
  ].join('\n');
}

/** The resident's copy of their answers, in their language, as subject, plain text and HTML. */
export function renderConfirmationEmail(input: ConfirmationEmailInput): ConfirmationEmail {
  const { definition, reference } = input;
  const locale = pageLocale(definition, input.locale);
  const m = messagesFor(locale).email;
  const title = textIn(definition.title, locale);
  const content: Content = {
    locale,
    subject: headerSafe(m.subject({ title, reference })),
    greeting: m.greeting,
    intro: plain(m.intro({ title })),
    referenceLabel: m.reference,
    reference: plain(reference),
    answersTitle: m.yourAnswers,
    rows: answerRows(definition, locale, input.answers, input.personal).map((row) => ({
      ...row,
      label: plain(row.label),
      value: plain(row.value),
    })),
    status: input.statusLink && {
      intro: messagesFor(locale).status.confirmationLink,
      url: input.statusLink.url,
      validUntil:
        input.statusLink.expiresAt &&
        messagesFor(locale).status.linkValidUntil({
          date: formatDateTime(locale, input.statusLink.expiresAt.toISOString()),
        }),
    },
    thankYou: plain(textIn(definition.thankYou, locale)),
    contact: m.contact({ name: textIn(definition.contact.name, locale), email: definition.contact.email }),
    automatic: m.automatic,
  };
  return {
    subject: content.subject,
    text: emailText(content),
    html: `<!doctype html>${renderToString(<EmailHtml {...content} />)}`,
  };
}
