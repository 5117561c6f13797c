import { renderToString } from 'preact-render-to-string';
import { directionOf, htmlLang, type Locale } from '../i18n/locales.ts';
import type { AnswerRow } from './answer-rows.ts';
import { headerSafe, plainText } from './text-safety.ts';

/*
 * One layout for every email (the confirmation copy and the workflow emails): JSX renders it, so
 * each text from the definition, the answers or an approver's comment is escaped by construction.
 */

/**
 * An email's content before layout. Every text here is plain text: the layout escapes it for HTML
 * and strips control characters, so no template can forget to.
 */
export interface EmailContent {
  locale: Locale;
  subject: string;
  greeting: string;
  paragraphs: string[];
  /** A comment or reason written by an approver, shown set apart. */
  quote?: { label: string; text: string } | undefined;
  reference: { label: string; value: string };
  action?: EmailAction | undefined;
  answers?: { title: string; rows: AnswerRow[] } | undefined;
  /** Paragraphs after the answers, such as the consultation's thank-you text. */
  closing?: string[] | undefined;
  footer: string[];
}

/**
 * A link for the reader: a `button` labelled with what it does, or an `inline` sentence followed by
 * the address itself (the confirmation copy's status link). Notes such as the expiry follow it.
 */
export interface EmailAction {
  kind: 'button' | 'inline';
  label: string;
  url: string;
  notes: string[];
}

/** A complete email: header-safe subject, plain text and HTML with the same content. */
export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

const FONT = 'font-family:Arial,Helvetica,sans-serif;color:#0b0c0c;font-size:16px;line-height:1.5';

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

function EmailHtml(c: EmailContent) {
  const dir = directionOf(c.locale);
  const align = dir === 'rtl' ? 'right' : 'left';
  const border = dir === 'rtl' ? 'border-right' : 'border-left';
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
                    {c.paragraphs.map((paragraph) => (
                      <p style="margin:0 0 16px">
                        <Lines text={paragraph} />
                      </p>
                    ))}
                    {c.quote && (
                      <div style={`margin:0 0 16px;padding:8px 16px;${border}:4px solid #b1b4b6`}>
                        <p style="margin:0 0 4px;font-weight:bold">{c.quote.label}</p>
                        <p style="margin:0">
                          <Lines text={c.quote.text} />
                        </p>
                      </div>
                    )}
                    <p style="margin:0 0 24px">
                      {c.reference.label}:{' '}
                      <strong style="font-size:20px;letter-spacing:1px">{c.reference.value}</strong>
                    </p>
                    {c.action?.kind === 'button' && (
                      <>
                        <p style="margin:0 0 16px">
                          <a
                            href={c.action.url}
                            style="display:inline-block;padding:12px 20px;background:#00703c;color:#ffffff;font-weight:bold;text-decoration:none;border-radius:4px"
                          >
                            {c.action.label}
                          </a>
                        </p>
                        {c.action.notes.map((note) => (
                          <p style="margin:0 0 8px;font-size:14px">{note}</p>
                        ))}
                      </>
                    )}
                    {c.action?.kind === 'inline' && (
                      <p style="margin:0 0 24px">
                        {c.action.label}
                        <br />
                        <a href={c.action.url} style="color:#1d4e89">
                          {c.action.url}
                        </a>
                        {c.action.notes.map((note) => (
                          <>
                            <br />
                            {note}
                          </>
                        ))}
                      </p>
                    )}
                    {c.answers && (
                      <>
                        <h2 style="font-size:20px;margin:24px 0 8px">{c.answers.title}</h2>
                        <table
                          cellpadding="0"
                          cellspacing="0"
                          width="100%"
                          style="border-collapse:collapse;margin:0 0 24px"
                        >
                          <tbody>
                            {c.answers.rows.map((row) => (
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
                      </>
                    )}
                    {c.closing?.map((paragraph) => (
                      <p style="margin:0 0 24px">
                        <Lines text={paragraph} />
                      </p>
                    ))}
                    <p style="margin:16px 0 0;font-size:14px;color:#484949">
                      {c.footer.map((line, i) => (
                        <>
                          {i > 0 && <br />}
                          {line}
                        </>
                      ))}
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

function actionText(action: EmailAction | undefined): string[] {
  if (!action) return [];
  return action.kind === 'button'
    ? [`${action.label}:`, action.url, '', ...action.notes, '']
    : [action.label, action.url, ...action.notes, ''];
}

function emailText(c: EmailContent): string {
  const indent = (text: string) => text.replace(/^/gm, '  ');
  const underline = (title: string) => '='.repeat(Math.max(title.length, 3));
  return [
    c.greeting,
    '',
    ...c.paragraphs.flatMap((paragraph) => [paragraph, '']),
    ...(c.quote ? [`${c.quote.label}:`, indent(c.quote.text), ''] : []),
    `${c.reference.label}: ${c.reference.value}`,
    '',
    ...actionText(c.action),
    ...(c.answers
      ? [
          c.answers.title,
          underline(c.answers.title),
          '',
          ...c.answers.rows.flatMap((row) => [row.label, indent(row.value), '']),
        ]
      : []),
    ...(c.closing ?? []).flatMap((paragraph) => [paragraph, '']),
    '-- ',
    ...c.footer,
    '',
  ].join('\n');
}

/** Control characters out of every text (line breaks stay in the body, none in the subject). */
function cleaned(c: EmailContent): EmailContent {
  return {
    ...c,
    subject: headerSafe(c.subject),
    greeting: plainText(c.greeting),
    paragraphs: c.paragraphs.map(plainText),
    quote: c.quote && { label: plainText(c.quote.label), text: plainText(c.quote.text) },
    reference: { label: plainText(c.reference.label), value: plainText(c.reference.value) },
    answers: c.answers && {
      title: plainText(c.answers.title),
      rows: c.answers.rows.map((row) => ({
        ...row,
        label: plainText(row.label),
        value: plainText(row.value),
      })),
    },
    action: c.action && {
      ...c.action,
      label: plainText(c.action.label),
      notes: c.action.notes.map(plainText),
    },
    closing: c.closing?.map(plainText),
    footer: c.footer.map(plainText),
  };
}

/** Lays out an email's content as subject, plain text and HTML. */
export function layoutEmail(content: EmailContent): RenderedEmail {
  // Links are built by the sender, never from input; anything but http(s) would be a bug.
  if (content.action && !/^https?:\/\//.test(content.action.url)) {
    throw new RangeError('An email link must be an http(s) URL');
  }
  const c = cleaned(content);
  return {
    subject: c.subject,
    text: emailText(c),
    html: `<!doctype html>${renderToString(<EmailHtml {...c} />)}`,
  };
}
