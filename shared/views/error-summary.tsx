import type { Locale } from '../i18n/locales.ts';
import { messagesFor } from '../i18n/messages.ts';
import { inputId } from './field-ids.ts';

/** One refused answer: the field it belongs to and the localized message. */
export interface SummaryError {
  fieldId: string;
  message: string;
}

/** The GOV.UK error summary: announced, focusable, each message a link to its field's (first) input. */
export function ErrorSummary({ locale, errors }: { locale: Locale; errors: readonly SummaryError[] }) {
  if (errors.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabindex={-1} aria-labelledby="error-summary-title">
      <h2 class="error-summary__title" id="error-summary-title">
        {messagesFor(locale).chrome.errorSummaryTitle}
      </h2>
      <ul>
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a href={`#${inputId(error.fieldId)}`}>{error.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
