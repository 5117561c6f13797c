import { loadConfirmation } from '../../shared/submissions/confirm.ts';
import { pageRoute } from '../http/route-chain.ts';
import { httpDependencies } from '../runtime/http-dependencies.ts';
import { linkKeyring } from '../runtime/link-keyring.ts';
import { type ConfirmLinkDeps, confirmationResponse, expiredView, readConfirmLink } from './confirm-views.ts';

/**
 * GET /v/{token} — what the emailed confirmation link opens: a button (its POST confirms), or where
 * the answer stands. Reads only (invariant 2): a mail scanner that opens the link confirms nothing.
 */
export function createConfirmLinkHandler(deps: ConfirmLinkDeps) {
  return pageRoute().handler(async (event) => {
    const link = await readConfirmLink(deps, event);
    const { consultationId, submissionId } = link.claims;
    const view = await loadConfirmation(deps, { consultationId, submissionId }, deps.now());
    return confirmationResponse(event, link.kind === 'expired' ? expiredView(view) : view);
  });
}

export const handler = createConfirmLinkHandler({
  ...httpDependencies(process.env),
  keyring: linkKeyring(process.env),
});
