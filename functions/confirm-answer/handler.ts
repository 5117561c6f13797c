import { confirmAnswer, loadConfirmation } from '../../shared/submissions/confirm.ts';
import {
  type ConfirmLinkDeps,
  confirmationResponse,
  confirmPath,
  expiredView,
  readConfirmLink,
} from '../confirm-link/confirm-views.ts';
import { seeOther } from '../http/responses.ts';
import { postRoute } from '../http/route-chain.ts';
import { httpDependencies } from '../runtime/http-dependencies.ts';
import { linkKeyring } from '../runtime/link-keyring.ts';

/**
 * POST /v/{token} — the confirmation page's button: confirms the pending answer in one transaction
 * (shared/submissions/confirm.ts), then 303 to the link's page, which shows it confirmed. Pressed
 * again, nothing changes and the same page follows. Refused (one per person) or closed: 409;
 * expired: 410. The body carries nothing of interest and is never read.
 */
export function createConfirmAnswerHandler(deps: ConfirmLinkDeps) {
  return postRoute().handler(async (event) => {
    const now = deps.now();
    const link = await readConfirmLink(deps, event);
    const { consultationId, submissionId } = link.claims;
    const ref = { consultationId, submissionId };
    const view =
      link.kind === 'expired'
        ? expiredView(await loadConfirmation(deps, ref, now))
        : await confirmAnswer(deps, ref, now);
    if (view.kind === 'confirmed') return seeOther(confirmPath(event, view.locale));
    return confirmationResponse(event, view);
  });
}

export const handler = createConfirmAnswerHandler({
  ...httpDependencies(process.env),
  keyring: linkKeyring(process.env),
});
