import type { Consultation } from '../../definition/schema.ts';
import { formatDateTime, formatNumber, formatPercent } from '../../i18n/format.ts';
import { directionOf, type Locale } from '../../i18n/locales.ts';
import { type ResultsMessages, resultsMessagesFor } from '../../i18n/results/index.ts';
import type { FieldTally, ResultsPublication } from '../../results/index.ts';
import { type RenderedPage, renderPage } from '../document.tsx';
import { langIfDifferent, pageLocale, textIn, textWithLanguage } from '../localized.ts';
import { BarChart, RESULTS_STYLE } from './bar-chart.tsx';

export interface ResultsPageInput {
  definition: Consultation;
  locale: Locale;
  publication: Exclude<ResultsPublication, { kind: 'never' }>;
  /** From the result counters; only read when the publication is public. */
  tally: { participants: number; fields: FieldTally[] };
  /** When the figures were read (shown as "as of"). */
  now: Date;
  closedAt?: string | undefined;
}

/**
 * The public results of a consultation: participants, the date of the figures, then per counted
 * question a table (answer, number, share) followed by the same figures as a bar chart. Free-text
 * answers are never counted, so they cannot appear here.
 */
export function renderResultsPage(input: ResultsPageInput): RenderedPage {
  const { definition, publication, tally, now } = input;
  const locale = pageLocale(definition, input.locale);
  const r = resultsMessagesFor(locale);
  const title = textIn(definition.title, locale);
  const lang = encodeURIComponent(locale);
  const links = (
    <p>
      <a href={`/c/${encodeURIComponent(definition.slug)}?lang=${lang}`}>{r.toConsultation}</a>
      {' · '}
      <a href={`/?lang=${lang}`}>{r.toHome}</a>
    </p>
  );
  if (publication.kind === 'afterClose') {
    return renderPage({
      locale,
      title: `${r.notYetTitle}: ${title}`,
      languages: definition.languages,
      children: (
        <>
          <p class="lead">{title}</p>
          <h1>{r.notYetTitle}</h1>
          <p>{r.notYet({ date: formatDateTime(locale, publication.at) })}</p>
          {links}
        </>
      ),
    });
  }
  const heading = r.title({ title });
  return renderPage({
    locale,
    title: heading,
    languages: definition.languages,
    styles: [RESULTS_STYLE],
    children: (
      <>
        <h1>{heading}</h1>
        <p>{publication.closed ? r.ended({ date: endedAt(input, locale) }) : r.live}</p>
        <dl class="summary">
          <div>
            <dt>{r.participants}</dt>
            <dd id="participants">{formatNumber(locale, tally.participants)}</dd>
          </div>
        </dl>
        <p>
          <time dateTime={now.toISOString()}>
            {r.asOf({ date: formatDateTime(locale, now.toISOString()) })}
          </time>
        </p>
        {tally.participants === 0 ? <p>{r.nobodyYet}</p> : null}
        {tally.fields.length === 0 ? (
          <p>{r.noQuestions}</p>
        ) : (
          tally.fields.map((field) => (
            <FieldResults key={field.field.id} tally={field} locale={locale} definition={definition} r={r} />
          ))
        )}
        <p>{r.freeText}</p>
        {links}
      </>
    ),
  });
}

function endedAt(input: ResultsPageInput, locale: Locale): string {
  const { definition, closedAt } = input;
  const end =
    closedAt !== undefined && Date.parse(closedAt) < Date.parse(definition.closes)
      ? closedAt
      : definition.closes;
  return formatDateTime(locale, end);
}

/** The label of one answer as the page shows it, with its language when it differs (mixed forms). */
function answerLabel(
  row: FieldTally['rows'][number],
  field: FieldTally['field'],
  locale: Locale,
  fallback: Locale,
  r: ResultsMessages,
) {
  if (field.type === 'consent') return { text: r.agreed, lang: locale };
  if (field.type === 'scale') {
    if (!row.label) return { text: formatNumber(locale, Number(row.value)), lang: locale };
    const end = textWithLanguage(row.label, locale, fallback);
    return { text: `${formatNumber(locale, Number(row.value))} – ${end.text}`, lang: end.lang };
  }
  return row.label ? textWithLanguage(row.label, locale, fallback) : { text: row.value, lang: locale };
}

function FieldResults({
  tally,
  locale,
  definition,
  r,
}: {
  tally: FieldTally;
  locale: Locale;
  definition: Consultation;
  r: ResultsMessages;
}) {
  const { field } = tally;
  const question = textWithLanguage(field.label, locale, definition.defaultLanguage);
  const questionLang = langIfDifferent(question.lang, locale);
  const rows = tally.rows.map((row) => {
    const label = answerLabel(row, field, locale, definition.defaultLanguage, r);
    const count = formatNumber(locale, row.count);
    const share = formatPercent(locale, row.share);
    return { row, label, count, share };
  });
  const headingId = `q-${field.id}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} lang={questionLang} dir={questionLang ? directionOf(question.lang) : undefined}>
        {question.text}
      </h2>
      <table class="table results">
        <caption class="visually-hidden">{question.text}</caption>
        <thead>
          <tr>
            <th scope="col">{r.answer}</th>
            <th scope="col">{r.count}</th>
            <th scope="col">{r.share}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ row, label, count, share }) => {
            const lang = langIfDifferent(label.lang, locale);
            return (
              <tr key={row.value}>
                <th scope="row" lang={lang} dir={lang ? directionOf(label.lang) : undefined}>
                  {label.text}
                </th>
                <td class="numeric">{count}</td>
                <td class="numeric">{share}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {field.type === 'checkboxes' ? <p>{r.severalAnswers}</p> : null}
      <BarChart
        id={`chart-${field.id}`}
        locale={locale}
        title={r.chart({ question: question.text })}
        description={rows
          .map(({ label, count, share }) => r.chartBar({ answer: label.text, count, share }))
          .join('; ')}
        caption={r.chartNote}
        bars={rows.map(({ row, label, count, share }) => ({
          label: label.text,
          share: row.share,
          value: `${count} (${share})`,
        }))}
      />
    </section>
  );
}
