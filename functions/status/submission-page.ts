import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { Consultation } from '../../shared/definition/schema.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import type { DefinitionCache } from '../../shared/storage/definition-cache.ts';
import type { Submission } from '../../shared/storage/types.ts';
import { HttpError } from '../http/http-error.ts';
import { requestLocale } from '../http/request-locale.ts';

/**
 * The definition version a submission was made with (its form is the one to show and revise) and
 * the page language: `explicit` (a posted `_lang`), then `?lang=`, then the submission's own language.
 * The browser's Accept-Language is not asked: a German proposal opened on an English phone stays
 * German until the person switches (as the approver and confirm pages do).
 * A submission gone after its retention period, or a version that does not exist, is a 404.
 */
export async function submissionPage(
  definitions: Pick<DefinitionCache, 'version'>,
  event: APIGatewayProxyEventV2,
  submission: Submission | undefined,
  explicit?: string,
): Promise<{ submission: Submission; definition: Consultation; locale: Locale }> {
  if (!submission) throw new HttpError(404, 'The submission of this status link does not exist');
  const definition = await definitions.version(submission.consultationId, submission.definitionVersion);
  if (!definition) throw new HttpError(404, 'The definition version of the submission does not exist');
  const locale = requestLocale(event, {
    available: definition.languages,
    fallback: definition.languages.includes(submission.locale)
      ? submission.locale
      : definition.defaultLanguage,
    explicit,
    askBrowser: false,
  });
  return { submission, definition, locale };
}

/** The status link's own path, where its revision form posts. The token was verified, so it is URL-safe. */
export function statusPath(event: APIGatewayProxyEventV2): string {
  return `/s/${encodeURIComponent(event.pathParameters?.token ?? '')}`;
}
