import type { Locale } from '../i18n/locales.ts';
import { messagesFor } from '../i18n/messages.ts';
import { inputId } from './field-ids.ts';

/** One refused answer: the field it belongs to and the localized message. */
export interface SummaryError {
  fieldId: string;
  message: string;
}

/**
 * The GOV.UK error summary: announced, focusable, each message a link to its field's (first) input.
 * `notice` is a sentence about the form as a whole (no field to link to), shown above the links.
 */
export function ErrorSummary({
  locale,
  errors,
  notice,
}: {
  locale: Locale;
  errors: readonly SummaryError[];
  notice?: string | undefined;
}) {
  if (errors.length === 0 && !notice) return null;
  return (
    // autofocus moves focus here on load without JavaScript (GOV.UK), so keyboard and screen reader
    // users start at the problems instead of tabbing past the whole header to find them.
    <div class="error-summary" role="alert" tabindex={-1} autofocus aria-labelledby="error-summary-title">
      <h2 class="error-summary__title" id="error-summary-title">
        {messagesFor(locale).chrome.errorSummaryTitle}
      </h2>
      {notice && <p class="error-summary__notice">{notice}</p>}
      {errors.length > 0 && (
        <ul>
          {errors.map((error) => (
            <li key={error.fieldId}>
              <a href={`#${inputId(error.fieldId)}`}>{error.message}</a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
