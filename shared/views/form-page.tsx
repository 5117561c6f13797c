import type { FieldErrors, FormBody } from '../answers/types.ts';
import { type Consultation, isInputField, participationOf } from '../definition/schema.ts';
import { directionOf, htmlLang, type Locale } from '../i18n/locales.ts';
import { fieldErrorMessage, messagesFor } from '../i18n/messages.ts';
import { CODE_FIELD, type CodeProblem } from '../participation/code-field.ts';
import { conditionalStyle, conditionHint } from './conditional-visibility.ts';
import { type RenderedPage, renderPage } from './document.tsx';
import { ErrorSummary, type SummaryError } from './error-summary.tsx';
import { errorId, hintId, inputId } from './field-ids.ts';
import { FormField } from './form-field.tsx';
import { inlineStyle } from './inline-style.ts';
import { langIfDifferent, pageLocale, textIn, textWithLanguage } from './localized.ts';
import { Paragraphs } from './paragraphs.tsx';

/**
 * A message about the form as a whole, shown in the error summary: `resubmit` when the form came
 * back without a usable submission id (nothing was stored; the re-rendered form carries a fresh one).
 */
export type FormNotice = 'resubmit';

export interface FormPageInput {
  definition: Consultation;
  /** The definition version the form was rendered from, posted back as `_v`. */
  version: string;
  locale: Locale;
  /** A fresh server-signed submission id (`<ULID>.<MAC>`), posted back as `_sid` so a repeated POST is stored once. */
  submissionId: string;
  /** The submitted body when the form is shown again after errors. */
  values?: FormBody;
  errors?: FieldErrors;
  copyRequested?: boolean;
  notice?: FormNotice | undefined;
  /** Why the participation code was refused (`verification: code`). */
  codeError?: CodeProblem | undefined;
  /**
   * Staff preview of an unpublished draft: a notice in the staff's language above the page, and a
   * form that cannot send (no action, submit disabled), so nothing reaches the live consultation.
   */
  preview?: FormPreview | undefined;
}

/** The notice of a staff preview and its language (the admin UI is English, the page may not be). */
export interface FormPreview {
  notice: string;
  lang: Locale;
  /** The consultation's staff page: the notice links back to it (the preview has no other way back). */
  backHref?: string | undefined;
}

// Only previews carry it, so the residents' pages and their CSP stay as they were.
const PREVIEW_STYLE = inlineStyle(
  '.preview-notice{border:5px solid #1d4e89;background:#fff;padding:1rem 1.25rem;margin-block-end:2rem;font-weight:700}' +
    '.preview-notice a{display:block;margin-block-start:.5rem}',
);

/** The staff notice above a preview, with the way back to the consultation's staff page. */
function PreviewNotice({ preview, definition }: { preview: FormPreview; definition: Consultation }) {
  // Named as the consultation's staff page names it: in its default language.
  const title = textWithLanguage(definition.title, definition.defaultLanguage, definition.defaultLanguage);
  return (
    <p class="preview-notice" role="note" lang={htmlLang(preview.lang)} dir={directionOf(preview.lang)}>
      {preview.notice}
      {preview.backHref && (
        <a href={preview.backHref}>
          Back to{' '}
          <span lang={langIfDifferent(title.lang, preview.lang)} dir={directionOf(title.lang)}>
            {title.text}
          </span>{' '}
          (staff)
        </a>
      )}
    </p>
  );
}

function valuesOf(values: FormBody | undefined, name: string): string[] {
  const value = values?.[name];
  return value === undefined ? [] : [value].flat();
}

/** The consultation's form (GOV.UK patterns), again with the resident's input and errors after a refusal. */
export function renderFormPage(input: FormPageInput): RenderedPage {
  const { definition, version, submissionId, values, errors = {} } = input;
  const locale = pageLocale(definition, input.locale);
  const m = messagesFor(locale);
  const asksCode = participationOf(definition).verification === 'code';
  const codeMessage = asksCode && input.codeError ? m.participationCode.errors[input.codeError] : undefined;
  const summary = [
    ...(codeMessage ? [{ fieldId: CODE_FIELD, message: codeMessage }] : []),
    ...summaryErrors(definition, locale, errors),
  ];
  const copyChecked = input.copyRequested ?? valuesOf(values, '_copy').includes('yes');
  const title = textIn(definition.title, locale);
  const conditional = conditionalStyle(definition.fields);
  const notice = input.notice === 'resubmit' ? m.chrome.resubmit : undefined;
  const preview = input.preview;
  const styles = [...(conditional ? [conditional] : []), ...(preview ? [PREVIEW_STYLE] : [])];

  return renderPage({
    locale,
    title: summary.length > 0 || notice ? `${m.chrome.errorPrefix}: ${title}` : title,
    languages: definition.languages,
    styles,
    children: (
      <>
        {preview && <PreviewNotice preview={preview} definition={definition} />}
        <ErrorSummary locale={locale} errors={summary} notice={notice} />
        <h1>{title}</h1>
        <Paragraphs text={textIn(definition.intro, locale)} class="lead" />
        <ConsultationForm
          definition={definition}
          locale={locale}
          action={preview ? undefined : `/c/${encodeURIComponent(definition.slug)}`}
          hidden={{ _sid: submissionId, _v: version, _lang: locale }}
          values={values}
          errors={summary}
          copyChecked={copyChecked}
          {...(asksCode
            ? { code: { value: valuesOf(values, CODE_FIELD)[0] ?? '', error: codeMessage } }
            : {})}
        />
      </>
    ),
  });
}

/** The localized messages of refused answers in field order, for the error summary and the fields. */
export function summaryErrors(definition: Consultation, locale: Locale, errors: FieldErrors): SummaryError[] {
  return definition.fields.filter(isInputField).flatMap((field) => {
    const error = errors[field.id];
    return error ? [{ fieldId: field.id, message: fieldErrorMessage(locale, field, error) }] : [];
  });
}

export interface ConsultationFormProps {
  definition: Consultation;
  /** The page locale (already checked against the consultation's languages). */
  locale: Locale;
  /**
   * Where the form posts: the consultation (`/c/{slug}`), or a submitter's status link to revise;
   * undefined for a preview: the form has no action and its submit button is disabled.
   */
  action: string | undefined;
  /** Hidden fields posted back unchanged, in this order. */
  hidden: Readonly<Record<string, string>>;
  values?: FormBody | undefined;
  errors: readonly SummaryError[];
  /** Offers "send me a copy" (checked or not) when the form has an email field; absent: not offered. */
  copyChecked?: boolean;
  /** The honeypot is for anonymous posts; a signed link's form has no need of it. */
  honeypot?: boolean;
  submitLabel?: string;
  /** Asks for the participation code (`verification: code`), with the value typed and its error. */
  code?: { value: string; error?: string | undefined } | undefined;
}

/**
 * The participation code input: a plain text input (no autocomplete, no spellcheck, capitals
 * suggested on phones); what residents type is read tolerantly (shared/participation/codes.ts).
 */
function CodeInput({ locale, value, error }: { locale: Locale; value: string; error: string | undefined }) {
  const m = messagesFor(locale);
  const id = CODE_FIELD;
  const described = [hintId(id), ...(error === undefined ? [] : [errorId(id)])].join(' ');
  return (
    <div class={error === undefined ? 'field' : 'field field--error'} id={`w-${id}`}>
      <label class="label" for={inputId(id)}>
        {m.participationCode.label} <span class="marker">({m.chrome.required})</span>
      </label>
      <p class="hint" id={hintId(id)}>
        {m.participationCode.hint}
      </p>
      {error !== undefined && (
        <p class="error-message" id={errorId(id)}>
          <span class="visually-hidden">{m.chrome.errorPrefix}:</span> {error}
        </p>
      )}
      <input
        type="text"
        class="input input--short"
        id={inputId(id)}
        name={id}
        value={value}
        autocomplete="off"
        autocapitalize="characters"
        spellcheck={false}
        maxlength={64}
        aria-describedby={described}
        aria-required="true"
        aria-invalid={error === undefined ? undefined : 'true'}
      />
    </div>
  );
}

/** The form element with the consultation's fields, prefilled with `values` and showing `errors`. */
export function ConsultationForm({
  definition,
  locale,
  action,
  hidden,
  values,
  errors,
  copyChecked,
  honeypot = true,
  submitLabel,
  code,
}: ConsultationFormProps) {
  const m = messagesFor(locale);
  const fields = definition.fields;
  const messageFor = (fieldId: string | undefined) => errors.find((e) => e.fieldId === fieldId)?.message;
  const hasEmail = fields.some((field) => field.type === 'email');
  return (
    <form action={action} method={action === undefined ? undefined : 'post'} novalidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {code && <CodeInput locale={locale} value={code.value} error={code.error} />}
      {fields.map((field, index) => (
        <FormField
          key={field.id ?? index}
          field={field}
          index={index}
          locale={locale}
          value={field.id === undefined ? [] : valuesOf(values, field.id)}
          error={messageFor(field.id)}
          condition={conditionHint(field, fields, locale)}
        />
      ))}
      {/* Honeypot: invisible and unreachable by keyboard; people leave it empty, many bots do not. */}
      {honeypot && (
        <div class="visually-hidden" aria-hidden="true">
          <label for="f-_website">{m.chrome.honeypot}</label>
          <input type="text" id="f-_website" name="_website" value="" tabindex={-1} autocomplete="off" />
        </div>
      )}
      {hasEmail && copyChecked !== undefined && (
        <div class="copy">
          <div class="choice">
            <input type="checkbox" id="f-_copy" name="_copy" value="yes" checked={copyChecked} />
            <label for="f-_copy">{m.chrome.sendCopy}</label>
          </div>
        </div>
      )}
      <button type="submit" class="button" disabled={action === undefined}>
        {submitLabel ?? m.chrome.submit}
      </button>
    </form>
  );
}
