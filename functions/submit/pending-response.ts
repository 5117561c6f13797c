import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { PendingOutcome } from '../../shared/submissions/pending-submit.ts';
import {
  renderCappedPage,
  renderCheckMailPage,
  renderConfirmedPage,
} from '../../shared/views/confirm/pages.tsx';
import { htmlResponse } from '../http/responses.ts';

/**
 * The answer to a submit under `verification: email`. No redirect: the page is the receipt of a
 * POST that a reload repeats harmlessly (the pending item is conditional on its id, the caps count
 * only what was stored). 202: accepted, not yet counted. 429 when a cap held the mail back.
 */
export function pendingResponse(outcome: PendingOutcome): APIGatewayProxyStructuredResultV2 {
  const headers = { 'cache-control': 'no-store' };
  const { definition } = outcome.published;
  if (outcome.kind === 'capped') {
    return htmlResponse(429, renderCappedPage({ definition, locale: outcome.locale }), headers);
  }
  const { pending, hours } = outcome;
  const page =
    pending.status === 'confirmed'
      ? renderConfirmedPage({ definition, locale: pending.locale, reference: pending.reference })
      : renderCheckMailPage({ definition, locale: pending.locale, reference: pending.reference, hours });
  return htmlResponse(202, page, headers);
}
