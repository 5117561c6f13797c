import { formValue, formValues } from '../../shared/answers/form-body.ts';
import type { AdminConsultation } from '../../shared/storage/admin-types.ts';
import {
  consultationPath,
  DISCARD_CONFIRM_INPUT,
  DISCARD_CONFIRMED,
  REVISION_INPUT,
  renderConflictPage,
  renderConsultationOverviewPage,
} from '../../shared/views/admin/consultations/index.ts';
import { staffPostRoute } from '../admin/http/index.ts';
import { htmlResponse, seeOther } from '../http/responses.ts';
import { formBodyOf } from '../middleware/form-body.ts';
import { chromeOf, consultationChange, loadConsultation, workingDraft } from './consultation.ts';
import { type AdminConsultationsDeps, MAX_BUTTON_BYTES } from './deps.ts';
import { revisionOf } from './edit.ts';
import { overviewInput } from './overview.ts';
import { hasUnpublishedChanges } from './summary.ts';

/**
 * POST /admin/consultations/{id}/discard — throws the draft away. Never published: the entry and
 * the draft are deleted (the change log stays) and 303 to the list (`?discarded=<id>`). Published:
 * the draft becomes the published definition again (a save with its change), 303 to the overview;
 * nothing to discard (the draft is the published version): no write, 303 to the overview. The form
 * posts the draft revision the page showed (another one is a 409, nothing changed) and the ticked
 * confirmation (`confirm=yes`; without it a 400 with the page and the error at the checkbox).
 */
export function discardRoute(deps: AdminConsultationsDeps) {
  return staffPostRoute(deps, 'edit', { maxBytes: MAX_BUTTON_BYTES }).handler(async (event) => {
    const loaded = await loadConsultation(deps, event, 'edit');
    const { id, signedIn } = loaded;
    const body = formBodyOf(event);
    const draftChanged = () =>
      htmlResponse(
        409,
        renderConflictPage({
          chrome: chromeOf(signedIn),
          title: 'Changed by someone else',
          message:
            'The draft was saved, published or discarded after you opened this consultation, so it was not discarded. Open the consultation again to see the current draft, then discard it if you still want to. Nothing was changed.',
          back: { href: consultationPath(id), label: 'Open the consultation again' },
        }),
      );
    const revision = revisionOf(formValue(body, REVISION_INPUT));
    if (revision === undefined || revision !== workingDraft(loaded.consultation).revision)
      return draftChanged();
    // Published and the draft is that version (or there is no draft): nothing to throw away.
    if (loaded.consultation.published && !hasUnpublishedChanges(loaded.consultation))
      return seeOther(consultationPath(id));
    if (!formValues(body, DISCARD_CONFIRM_INPUT).includes(DISCARD_CONFIRMED)) {
      const input = await overviewInput(deps, loaded, {
        discardError: 'Tick “Yes, discard” to discard the draft',
      });
      return htmlResponse(400, renderConsultationOverviewPage(input));
    }
    const now = deps.now();
    let consultation: AdminConsultation = loaded.consultation;
    if (!consultation.published) {
      // Never published and no draft either: nothing stored to discard (the page showed none).
      if (revision < 1) return draftChanged();
      const outcome = await deps.admin.discardDraft(
        id,
        revision,
        consultationChange(signedIn, id, 'discarded', 'Discarded the draft; it was never published', now),
      );
      if (outcome === 'deleted') return seeOther(`/admin/consultations?discarded=${encodeURIComponent(id)}`);
      if (outcome === 'conflict') return draftChanged();
      // Published meanwhile: discarding now means going back to what was published.
      consultation = await deps.admin.getAdminConsultation(id);
    }
    const { draft, published } = consultation;
    if (!draft || !published || draft.revision !== revision) return draftChanged();
    if (!hasUnpublishedChanges(consultation)) return seeOther(consultationPath(id));
    const saved = await deps.admin.saveDraft(
      {
        consultationId: id,
        definition: { ...published.definition },
        revision: revision + 1,
        updatedAt: now.toISOString(),
        updatedBy: signedIn.member.email,
      },
      revision,
      consultationChange(signedIn, id, 'discarded', 'Discarded the unpublished changes', now),
    );
    return saved === 'saved' ? seeOther(consultationPath(id)) : draftChanged();
  });
}
