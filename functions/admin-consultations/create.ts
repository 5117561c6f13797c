import { mayCreate, planCreate } from '../../shared/admin/create-plan.ts';
import type { CreateAttempt } from '../../shared/views/admin/consultations/index.ts';
import { renderNewConsultationPage, sectionPath } from '../../shared/views/admin/consultations/index.ts';
import { staffOf, staffPostRoute } from '../admin/http/index.ts';
import { HttpError } from '../http/http-error.ts';
import { htmlResponse, seeOther } from '../http/responses.ts';
import { formBodyOf } from '../middleware/form-body.ts';
import { type CreateRequest, parseCreateForm } from './create-form.ts';
import { type AdminConsultationsDeps, MAX_CREATE_BYTES } from './deps.ts';
import { newPageInput } from './new.ts';

/**
 * POST /admin/consultations — creates a draft from scratch, from a published consultation or from
 * YAML, then 303 to its settings. Refused input: 400 with the page and the errors at the inputs;
 * nothing is stored unless everything is valid. The rules are planCreate's (shared/admin/create-plan.ts).
 */
export function createRoute(deps: AdminConsultationsDeps) {
  return staffPostRoute(deps, 'edit', { maxBytes: MAX_CREATE_BYTES, multipart: true }).handler(
    async (event) => {
      const signedIn = staffOf(event);
      const { member } = signedIn;
      if (!mayCreate(member))
        throw new HttpError(403, 'An editor without a department cannot own a consultation');
      const form = parseCreateForm(formBodyOf(event), member);
      const refuse = async (attempt: CreateAttempt, status: 400 | 413 = 400) =>
        htmlResponse(status, renderNewConsultationPage(await newPageInput(deps, signedIn, attempt)));
      if (!form.ok) return refuse(form.attempt);
      const { request } = form;

      const template =
        request.mode === 'template' ? await deps.admin.getAdminConsultation(request.templateId) : undefined;
      const plan = planCreate(member, request, { now: deps.now(), template });
      if (!plan.ok) return refuse(attemptWith(request, plan, event), plan.status);
      const { entry, draft, change } = plan;
      const id = draft.consultationId;
      const outcome = await deps.admin.createConsultation(entry, draft, change);
      switch (outcome) {
        case 'created':
          return seeOther(sectionPath(id, 'settings'));
        case 'exists':
          return refuse(
            attemptWith(
              request,
              { input: 'id', message: `"${id}" is already the id of a consultation` },
              event,
            ),
          );
        case 'slugTaken':
          return refuse(
            attemptWith(
              request,
              {
                input: 'slug',
                message: `"${entry.slug}" is already the web address of another consultation`,
              },
              event,
            ),
          );
        default:
          return outcome satisfies never;
      }
    },
  );
}

/** The refused attempt to show again: what was posted, with the one error the store found. */
function attemptWith(
  request: CreateRequest,
  error: { input: string; message: string },
  event: Parameters<typeof formBodyOf>[0],
): CreateAttempt {
  const body = formBodyOf(event);
  const values: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(body))
    if (!name.startsWith('_') && name !== 'file') values[name] = value;
  if (request.mode === 'import') {
    const yaml = typeof body.file === 'string' && body.file.trim() !== '' ? body.file : body.yaml;
    if (yaml !== undefined) values.yaml = yaml;
    // An imported definition names its id and slug in the YAML: the message goes with the YAML.
    return { mode: request.mode, values, errors: { yaml: error.message } };
  }
  return { mode: request.mode, values, errors: { [error.input]: error.message } };
}
