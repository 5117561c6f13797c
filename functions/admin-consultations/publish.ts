import { publishableDefinition } from '../../shared/admin/draft/index.ts';
import { formValue } from '../../shared/answers/form-body.ts';
import {
  DraftChangedError,
  PublishConflictError,
  storedDefinitionText,
  versionOfDefinitionText,
} from '../../shared/storage/index.ts';
import {
  consultationPath,
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

/**
 * POST /admin/consultations/{id}/publish — publishes the draft as an immutable version (with its
 * change record), then 303 to the consultation's page. The form posts the draft revision the page
 * showed (REVISION_INPUT): another one is a 409. An invalid draft: 400 with its problems; the slug
 * taken or the consultation changed meanwhile: 409, nothing published.
 */
export function publishRoute(deps: AdminConsultationsDeps) {
  return staffPostRoute(deps, 'edit', { maxBytes: MAX_BUTTON_BYTES }).handler(async (event) => {
    const loaded = await loadConsultation(deps, event, 'edit');
    const { id, signedIn } = loaded;
    const working = workingDraft(loaded.consultation);
    // What is published is the revision the member looked at: a draft saved since is not theirs to
    // publish unseen. Checked here, and again in the publish transaction (a save in between).
    const draftChanged = () =>
      htmlResponse(
        409,
        renderConflictPage({
          chrome: chromeOf(signedIn),
          title: 'Changed by someone else',
          message:
            'The draft was saved again after you opened this consultation, so it was not published. Open the consultation again to see the current draft, then publish it if it is ready. Nothing was published.',
          back: { href: consultationPath(id), label: 'Open the consultation again' },
        }),
      );
    if (revisionOf(formValue(formBodyOf(event), REVISION_INPUT)) !== working.revision) return draftChanged();
    const definition = publishableDefinition(working.definition, id);
    if (!definition) {
      const input = await overviewInput(deps, loaded, { showPublishIssues: true });
      return htmlResponse(400, renderConsultationOverviewPage(input));
    }
    const now = deps.now();
    const version = versionOfDefinitionText(storedDefinitionText(definition));
    try {
      const published = await deps.admin.publishWithChange(
        definition,
        consultationChange(signedIn, id, 'published', `Published version ${version}`, now, version),
        // A consultation only published from forms/ has no draft yet (revision 0): nothing to check.
        working.revision > 0 ? { draftRevision: working.revision } : {},
      );
      return seeOther(`${consultationPath(id)}?published=${encodeURIComponent(published.version)}`);
    } catch (error) {
      if (error instanceof DraftChangedError) return draftChanged();
      if (!(error instanceof PublishConflictError)) throw error;
      const page = renderConflictPage({
        chrome: chromeOf(signedIn),
        title: 'Not published',
        message: `${error.message}. Nothing was published.`,
        back: { href: consultationPath(id), label: 'Back to the consultation' },
      });
      return htmlResponse(409, page);
    }
  });
}
