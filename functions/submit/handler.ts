import { formValues } from '../../shared/answers/form-body.ts';
import type { Keyring } from '../../shared/links/index.ts';
import { type SubmitDeps, submitAnswers } from '../../shared/submissions/submit.ts';
import { renderFormPage, renderUnavailablePage } from '../../shared/views/index.ts';
import {
  cameOverHttps,
  confirmationPathOf,
  FIRST_VIEW_SECONDS,
  setFirstViewCookie,
} from '../http/first-view-cookie.ts';
import { HttpError } from '../http/http-error.ts';
import { slugParameter } from '../http/path-parameters.ts';
import { requestLocale } from '../http/request-locale.ts';
import { htmlResponse, seeOther } from '../http/responses.ts';
import { formPostRoute, MAX_FORM_BYTES } from '../http/route-chain.ts';
import { formBodyOf } from '../middleware/form-body.ts';
import { codeDependencies } from '../runtime/code-dependencies.ts';
import { httpDependencies } from '../runtime/http-dependencies.ts';
import { linkKeyring } from '../runtime/link-keyring.ts';
import { participationDependencies } from '../runtime/participation-dependencies.ts';
import { pendingResponse } from './pending-response.ts';

export type SubmitHandlerDeps = SubmitDeps & {
  now: () => Date;
  /** The LINK keyring: signs the cookie that lets the confirmation show the status link once. */
  keyring: () => Promise<Keyring>;
};

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
          // Only the hidden id or the form's version was refused: without a word, residents would
          // not know to send again.
          ...(outcome.formError ? { notice: 'resubmit' as const } : {}),
          codeError: outcome.codeError,
        });
        return htmlResponse(400, page, { 'cache-control': 'no-store' });
      }
      case 'spam':
        // A redirect like after any post: the bot learns nothing, and nothing is stored.
        return seeOther(`/?lang=${encodeURIComponent(outcome.locale)}`);
      case 'stored':
      case 'duplicate': {
        // A repeated POST of the same form (its answer lost, a double click) may show the link too,
        // but only within the first view's own window: a form restored from history a day later
        // (its signed id still valid) must not reveal the link again.
        const { submission } = outcome;
        const path = confirmationPathOf(slug, submission.id);
        const location = `${path}?lang=${encodeURIComponent(submission.locale)}`;
        const sinceSubmit = (deps.now().getTime() - Date.parse(submission.submittedAt)) / 1000;
        // Without a workflow there is no status link to show.
        if (!submission.workflow || sinceSubmit > FIRST_VIEW_SECONDS) return seeOther(location);
        const of = { consultationId: submission.consultationId, submissionId: submission.id };
        const cookie = setFirstViewCookie(await deps.keyring(), of, {
          path,
          now: deps.now(),
          secure: cameOverHttps(event),
        });
        return { ...seeOther(location), cookies: [cookie] };
      }
      case 'pending':
      case 'capped':
        return pendingResponse(outcome);
      default:
        return outcome satisfies never;
    }
  });
}

export const handler = createSubmitHandler({
  ...httpDependencies(process.env),
  participationKeyring: linkKeyring(process.env, 'PARTICIPATION'),
  keyring: linkKeyring(process.env),
  codes: codeDependencies(process.env),
  participation: participationDependencies(process.env),
});
