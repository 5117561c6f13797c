import type { ComponentChildren } from 'preact';
import type { Consultation, Field } from '../../../definition/schema.ts';
import { formatNumber } from '../../../i18n/format.ts';
import { InEnglish } from './staff-text.tsx';

/** The result counters of a consultation: `<fieldId>#<value>` counts and the number of submissions. */
export interface ResultsInput {
  /** How many submissions the consultation has. */
  total: number;
  /** Answers not confirmed by email (waiting, or expired); never in `total` or the counts. */
  pending?: number;
  counts: Record<string, number>;
}

type CountedField = Extract<Field, { type: 'radio' | 'select' | 'checkboxes' | 'scale' }>;

/** Only these fields have counters (see answers/counters.ts). */
function isCounted(field: Field): field is CountedField {
  return (
    field.type === 'radio' || field.type === 'select' || field.type === 'checkboxes' || field.type === 'scale'
  );
}

interface ResultRow {
  value: string;
  label: ComponentChildren;
  count: number;
}

/** The rows of one field: every option of the current definition (also those nobody chose), then
 * values counted under an earlier version that the current one no longer offers. */
function rowsOf(field: CountedField, counts: Record<string, number>): ResultRow[] {
  const prefix = `${field.id}#`;
  const count = (value: string) => counts[`${prefix}${value}`] ?? 0;
  const rows: ResultRow[] =
    field.type === 'scale'
      ? Array.from({ length: Math.max(0, field.max - field.min + 1) }, (_, i) => {
          const n = field.min + i;
          const value = String(n);
          const end = n === field.min ? field.minLabel : n === field.max ? field.maxLabel : undefined;
          return {
            value,
            label: end ? (
              <>
                {value} (<InEnglish text={end} />)
              </>
            ) : (
              value
            ),
            count: count(value),
          };
        })
      : field.options.map((option) => ({
          value: option.value,
          label: <InEnglish text={option.label} />,
          count: count(option.value),
        }));
  const known = new Set(rows.map((row) => row.value));
  for (const [key, n] of Object.entries(counts)) {
    if (!key.startsWith(prefix)) continue;
    const value = key.slice(prefix.length);
    if (known.has(value)) continue;
    rows.push({ value, label: `${value} (not offered by the current version)`, count: n });
  }
  return rows;
}

/** The share of all submissions, e.g. "42 %"; checkboxes may add up to more than 100. */
function share(count: number, total: number): string {
  return total > 0 ? `${formatNumber('en', Math.round((count / total) * 1000) / 10)} %` : '–';
}

/**
 * The submission count and, per choice field of the current definition, how often each option was
 * chosen: one table per field, its label as the caption, so screen readers announce what is counted.
 */
export function ResultsTables({
  definition,
  results,
}: {
  definition: Consultation | undefined;
  results: ResultsInput;
}) {
  const fields = definition?.fields.filter(isCounted) ?? [];
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading">Results</h2>
      <p>
        Submissions: <strong id="submission-count">{formatNumber('en', results.total)}</strong>
        {results.pending ? (
          <>
            {' '}
            (confirmed; and <span id="pending-count">{formatNumber('en', results.pending)}</span> unconfirmed,
            waiting for the email link or expired, not counted)
          </>
        ) : null}
      </p>
      {definition === undefined ? (
        <p>The consultation is not published yet, so there are no results.</p>
      ) : fields.length === 0 ? (
        <p>This consultation has no choice fields to count.</p>
      ) : (
        fields.map((field) => (
          <table class="table" key={field.id}>
            <caption>
              <InEnglish text={field.label} />
            </caption>
            <thead>
              <tr>
                <th scope="col">Answer</th>
                <th scope="col">Count</th>
                <th scope="col">Share of submissions</th>
              </tr>
            </thead>
            <tbody>
              {rowsOf(field, results.counts).map((row) => (
                <tr key={row.value}>
                  <th scope="row">{row.label}</th>
                  <td class="numeric">{formatNumber('en', row.count)}</td>
                  <td class="numeric">{share(row.count, results.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))
      )}
    </section>
  );
}
