import { formValues } from '../../shared/answers/form-body.ts';
import type { Submission } from '../../shared/storage/types.ts';
import { type SubmitDeps, submitAnswers } from '../../shared/submissions/submit.ts';
import { renderFormPage, renderUnavailablePage } from '../../shared/views/index.ts';
import { HttpError } from '../http/http-error.ts';
import { slugParameter } from '../http/path-parameters.ts';
import { requestLocale } from '../http/request-locale.ts';
import { htmlResponse, seeOther } from '../http/responses.ts';
import { formPostRoute, MAX_FORM_BYTES } from '../http/route-chain.ts';
import { formBodyOf } from '../middleware/form-body.ts';
import { httpDependencies } from '../runtime/http-dependencies.ts';
import { participationDependencies } from '../runtime/participation-dependencies.ts';
import { pendingResponse } from './pending-response.ts';

export type SubmitHandlerDeps = SubmitDeps & { now: () => Date };

/**
 * POST /c/{slug} — validates a form and stores it once, then redirects to its confirmation; with
 * `verification: email` it stores a pending answer and answers 202 "look in your inbox" (429 over a cap).
 */
export function createSubmitHandler(deps: SubmitHandlerDeps) {
  return formPostRoute(MAX_FORM_BYTES).handler(async (event) => {
    const slug = slugParameter(event);
    const body = formBodyOf(event);
    const outcome = await submitAnswers(deps, { slug, body, now: deps.now() });
    switch (outcome.kind) {
      case 'notFound':
        throw new HttpError(404, 'No consultation has this slug', {
          locale: requestLocale(event, { explicit: formValues(body, '_lang')[0] }),
        });
      case 'unavailable': {
        const { definition, closedAt } = outcome.published;
        const { locale, reason } = outcome;
        return htmlResponse(409, renderUnavailablePage({ definition, locale, reason, closedAt }));
      }
      case 'invalid': {
        const { definition, version } = outcome.published;
        const page = renderFormPage({
          definition,
          version,
          locale: outcome.locale,
          submissionId: outcome.submissionId,
          values: outcome.values,
          errors: outcome.errors,
          copyRequested: formValues(outcome.values, '_copy').includes('yes'),
          // Only the hidden id was refused: without a word, residents would not know to send again.
          ...(outcome.formError === 'submissionId' ? { notice: 'resubmit' as const } : {}),
        });
        return htmlResponse(400, page, { 'cache-control': 'no-store' });
      }
      case 'spam':
        // A redirect like after any post: the bot learns nothing, and nothing is stored.
        return seeOther(`/?lang=${encodeURIComponent(outcome.locale)}`);
      case 'stored':
      case 'duplicate':
        return seeOther(confirmationPath(slug, outcome.submission));
      case 'pending':
      case 'capped':
        return pendingResponse(outcome);
      default:
        return outcome satisfies never;
    }
  });
}

function confirmationPath(slug: string, submission: Submission): string {
  return `/c/${encodeURIComponent(slug)}/s/${encodeURIComponent(submission.id)}?lang=${encodeURIComponent(submission.locale)}`;
}

export const handler = createSubmitHandler({
  ...httpDependencies(process.env),
  participation: participationDependencies(process.env),
});
