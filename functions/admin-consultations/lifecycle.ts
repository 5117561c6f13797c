import { consultationPath, renderConflictPage } from '../../shared/views/admin/consultations/index.ts';
import { staffPostRoute } from '../admin/http/index.ts';
import { htmlResponse, seeOther } from '../http/responses.ts';
import { chromeOf, consultationChange, loadConsultation } from './consultation.ts';
import { type AdminConsultationsDeps, MAX_BUTTON_BYTES } from './deps.ts';

/**
 * POST /admin/consultations/{id}/close and /reopen — closes a published consultation by hand (the
 * form refuses answers whatever its dates) or lifts that; no new version. Closing a closed one (or
 * reopening an open one) records nothing and goes back to the overview too. 409 when not published.
 */
export function closedRoute(deps: AdminConsultationsDeps, close: boolean) {
  return staffPostRoute(deps, 'edit', { maxBytes: MAX_BUTTON_BYTES }).handler(async (event) => {
    const { id, signedIn } = await loadConsultation(deps, event, 'edit');
    const now = deps.now();
    const change = close
      ? consultationChange(signedIn, id, 'closed', 'Closed by hand: no more answers are accepted', now)
      : consultationChange(
          signedIn,
          id,
          'reopened',
          'Reopened: answers are accepted while its dates allow',
          now,
        );
    const outcome = await deps.admin.setClosed(id, close ? now.toISOString() : undefined, change);
    // Closed (or open) already, e.g. a double click or a second tab: nothing to do, as if done.
    if (outcome === 'done' || outcome === 'unchanged') return seeOther(consultationPath(id));
    const page = renderConflictPage({
      chrome: chromeOf(signedIn),
      title: 'Not published',
      message: 'Only a published consultation can be closed or reopened. Nothing was changed.',
      back: { href: consultationPath(id), label: 'Back to the consultation' },
    });
    return htmlResponse(409, page);
  });
}
