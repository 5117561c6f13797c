import {
  applyDraftAction,
  applyEditorInputs,
  type DraftAction,
  describeDraftChange,
  draftIssues,
  draftTooLarge,
  inputId,
  missingTranslations,
  parseDraftAction,
  REMOVE_WORKFLOW_ACTION,
  readDraftForm,
  valueAt,
} from '../../shared/admin/draft/index.ts';
import { formValue } from '../../shared/answers/form-body.ts';
import { canonicalJson } from '../../shared/storage/index.ts';
import {
  consultationPath,
  DRAFT_SECTIONS,
  type DraftSectionName,
  REVISION_INPUT,
  renderConflictPage,
  renderEditSectionPage,
  SECTION_TITLES,
  sectionPath,
} from '../../shared/views/admin/consultations/index.ts';
import { staffPageRoute, staffPostRoute } from '../admin/http/index.ts';
import { HttpError } from '../http/http-error.ts';
import { htmlResponse, seeOther } from '../http/responses.ts';
import { formBodyOf } from '../middleware/form-body.ts';
import { chromeOf, consultationChange, loadConsultation, workingDraft } from './consultation.ts';
import { type AdminConsultationsDeps, MAX_EDIT_BYTES } from './deps.ts';
import { draftTitle } from './summary.ts';

/** The `{section}` of the route: settings, texts, fields or workflow; anything else is a 404. */
export function sectionParameter(
  pathParameters: Record<string, string | undefined> | undefined,
): DraftSectionName {
  const section = DRAFT_SECTIONS.find((name) => name === pathParameters?.section);
  if (!section) throw new HttpError(404, 'No such section of the editor');
  return section;
}

/** GET /admin/consultations/{id}/edit/{section} — the section's inputs, filled from the stored draft, with its problems. */
export function editRoute(deps: AdminConsultationsDeps) {
  return staffPageRoute(deps, 'edit').handler(async (event) => {
    const section = sectionParameter(event.pathParameters);
    const { id, signedIn, consultation } = await loadConsultation(deps, event, 'edit');
    const draft = workingDraft(consultation);
    const title = draftTitle(draft.definition, id);
    const page = renderEditSectionPage({
      chrome: chromeOf(signedIn, [
        { href: '/admin/consultations', label: 'Consultations' },
        { href: consultationPath(id), label: title.text },
      ]),
      id,
      title: title.text,
      titleLang: title.lang,
      section,
      draft: draft.definition,
      revision: draft.revision,
      issues: draftIssues(draft.definition),
      missingTranslations: missingTranslations(draft.definition),
      saved: event.queryStringParameters?.saved === '1',
    });
    return htmlResponse(200, page);
  });
}

/**
 * POST /admin/consultations/{id}/edit/{section} — applies the posted inputs, then the button's
 * action, and saves the draft even when it is not valid yet (work in progress), then 303 back to
 * the section. Saving is conditional on the revision the editor loaded: a stale one is a 409 and
 * nothing is saved.
 */
export function saveRoute(deps: AdminConsultationsDeps) {
  return staffPostRoute(deps, 'edit', { maxBytes: MAX_EDIT_BYTES }).handler(async (event) => {
    const section = sectionParameter(event.pathParameters);
    const { id, signedIn, consultation } = await loadConsultation(deps, event, 'edit');
    const body = formBodyOf(event);
    const revision = revisionOf(formValue(body, REVISION_INPUT));
    const current = workingDraft(consultation);
    const conflict = () =>
      htmlResponse(
        409,
        renderConflictPage({
          chrome: chromeOf(signedIn),
          title: 'Changed by someone else',
          message:
            'Someone else saved this draft after you opened it, so your changes were not saved. Open the section again to see the current draft, then make your changes again.',
          back: { href: sectionPath(id, section), label: `Open ${SECTION_TITLES[section]} again` },
        }),
      );
    if (revision !== current.revision) return conflict();

    const actionText = formValue(body, '_action');
    const requested =
      typeof actionText === 'string' || actionText === undefined ? actionText : actionText.at(-1);
    const action: DraftAction | 'removeWorkflow' | undefined =
      requested === REMOVE_WORKFLOW_ACTION ? 'removeWorkflow' : parseDraftAction(requested, body);
    if (!action) throw new HttpError(400, 'Unknown editor action');

    const posted = applyEditorInputs(readDraftForm(current.definition, body), body);
    const next = action === 'removeWorkflow' ? withoutWorkflow(posted) : applyDraftAction(posted, action);
    // The id is the consultation's for good: whatever was posted, the draft keeps it.
    next.id = id;
    const target = `${sectionPath(id, section)}?saved=1${anchorAfter(action, next)}`;
    if (canonicalJson(next) === canonicalJson(current.definition)) return seeOther(target);

    // A draft is one table item: a save that would make it too large stores nothing.
    const tooLarge = draftTooLarge(next);
    if (tooLarge)
      return htmlResponse(
        413,
        renderConflictPage({
          chrome: chromeOf(signedIn),
          title: 'Too large to store',
          message: tooLarge,
          back: { href: sectionPath(id, section), label: `Open ${SECTION_TITLES[section]} again` },
        }),
      );

    const now = deps.now();
    const outcome = await deps.admin.saveDraft(
      {
        consultationId: id,
        definition: next,
        revision: current.revision + 1,
        updatedAt: now.toISOString(),
        updatedBy: signedIn.member.email,
      },
      current.revision,
      consultationChange(signedIn, id, 'edited', describeDraftChange(current.definition, next), now),
    );
    return outcome === 'saved' ? seeOther(target) : conflict();
  });
}

/** A posted draft revision (REVISION_INPUT); undefined when missing, repeated or malformed. */
export function revisionOf(value: string | string[] | undefined): number | undefined {
  return typeof value === 'string' && /^(?:0|[1-9]\d{0,8})$/.test(value) ? Number(value) : undefined;
}

function withoutWorkflow(draft: Record<string, unknown>): Record<string, unknown> {
  const { workflow: _removed, ...rest } = draft;
  return rest;
}

/** `#<input id>` of what the action added or moved, so the browser scrolls to it; empty for a plain save. */
function anchorAfter(action: DraftAction | 'removeWorkflow', draft: Record<string, unknown>): string {
  const last = (path: (string | number)[]) => {
    const list = valueAt(draft, path);
    return Array.isArray(list) && list.length > 0 ? [...path, list.length - 1] : path;
  };
  const moved = (index: number, direction: 'up' | 'down') => index + (direction === 'up' ? -1 : 1);
  const stages = ['workflow', 'stages'];
  let path: (string | number)[] | undefined;
  if (action === 'removeWorkflow') path = undefined;
  else
    switch (action.kind) {
      case 'save':
        path = undefined;
        break;
      case 'addField':
        path = last(['fields']);
        break;
      case 'removeField':
        path = ['fields'];
        break;
      case 'moveField':
        path = ['fields', Math.max(0, moved(action.index, action.direction))];
        break;
      case 'setFieldType':
        path = ['fields', action.index];
        break;
      case 'addOption':
        path = last(['fields', action.fieldIndex, 'options']);
        break;
      case 'removeOption':
        path = ['fields', action.fieldIndex, 'options'];
        break;
      case 'addStage':
        path = last(stages);
        break;
      case 'removeStage':
        path = valueAt(draft, stages) === undefined ? undefined : stages;
        break;
      case 'moveStage':
        path = [...stages, Math.max(0, moved(action.index, action.direction))];
        break;
      case 'addApprover':
        path = last([...stages, action.stageIndex, 'approvers']);
        break;
      case 'removeApprover':
        path = [...stages, action.stageIndex, 'approvers'];
        break;
      default:
        return action satisfies never;
    }
  return path && valueAt(draft, path) !== undefined ? `#${inputId(path)}` : '';
}
