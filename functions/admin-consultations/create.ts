import { draftFromTemplate, draftTooLarge, newDraft } from '../../shared/admin/draft/index.ts';
import { can, type StaffMember } from '../../shared/admin/roles.ts';
import { localeSchema } from '../../shared/definition/schema.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import type {
  AdminAction,
  AdminConsultationEntry,
  ConsultationDraft,
} from '../../shared/storage/admin-types.ts';
import type { CreateAttempt } from '../../shared/views/admin/consultations/index.ts';
import { renderNewConsultationPage, sectionPath } from '../../shared/views/admin/consultations/index.ts';
import { type SignedInStaff, staffOf, staffPostRoute } from '../admin/http/index.ts';
import { HttpError } from '../http/http-error.ts';
import { htmlResponse, seeOther } from '../http/responses.ts';
import { formBodyOf } from '../middleware/form-body.ts';
import { consultationChange } from './consultation.ts';
import { type CreateRequest, parseCreateForm } from './create-form.ts';
import { type AdminConsultationsDeps, MAX_CREATE_BYTES } from './deps.ts';
import { newPageInput } from './new.ts';

/**
 * POST /admin/consultations — creates a draft from scratch, from a published consultation or from
 * YAML, then 303 to its settings. Refused input: 400 with the page and the errors at the inputs;
 * nothing is stored unless everything is valid.
 */
export function createRoute(deps: AdminConsultationsDeps) {
  return staffPostRoute(deps, 'edit', { maxBytes: MAX_CREATE_BYTES, multipart: true }).handler(
    async (event) => {
      const signedIn = staffOf(event);
      if (signedIn.member.role !== 'admin' && signedIn.member.department === undefined)
        throw new HttpError(403, 'An editor without a department cannot own a consultation');
      const form = parseCreateForm(formBodyOf(event), signedIn.member);
      const refuse = async (attempt: CreateAttempt, status: 400 | 413 = 400) =>
        htmlResponse(status, renderNewConsultationPage(await newPageInput(deps, signedIn, attempt)));
      if (!form.ok) return refuse(form.attempt);

      const now = deps.now();
      const planned = await plan(deps, form.request, signedIn.member, now);
      if ('error' in planned) return refuse(attemptWith(form.request, planned.error, event));
      const { definition, action, summary } = planned;
      // A draft is one table item: one too large for it is refused before anything is stored.
      const tooLarge = draftTooLarge(definition);
      if (tooLarge) {
        const input = form.request.mode === 'template' ? 'template' : 'id';
        return refuse(attemptWith(form.request, { input, message: tooLarge }, event), 413);
      }
      const id = String(definition.id);
      const draft: ConsultationDraft = {
        consultationId: id,
        definition,
        revision: 1,
        updatedAt: now.toISOString(),
        updatedBy: signedIn.member.email,
      };
      const outcome = await deps.admin.createConsultation(
        entryOf(draft, form.request.department, signedIn, now),
        draft,
        consultationChange(signedIn, id, action, summary, now),
      );
      switch (outcome) {
        case 'created':
          return seeOther(sectionPath(id, 'settings'));
        case 'exists':
          return refuse(
            attemptWith(
              form.request,
              { input: 'id', message: `"${id}" is already the id of a consultation` },
              event,
            ),
          );
        case 'slugTaken':
          return refuse(
            attemptWith(
              form.request,
              {
                input: 'slug',
                message: `"${String(definition.slug)}" is already the web address of another consultation`,
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

type Planned =
  | { definition: Record<string, unknown>; action: AdminAction; summary: string }
  | { error: { input: string; message: string } };

/**
 * The first draft of the new consultation, with what the change log says about it. A template must
 * be one the member may read (its department's; admins any): a copy carries its approvers' addresses
 * and texts that may not be public yet.
 */
async function plan(
  deps: AdminConsultationsDeps,
  request: CreateRequest,
  member: StaffMember,
  now: Date,
): Promise<Planned> {
  switch (request.mode) {
    case 'scratch':
      return {
        definition: newDraft({ ...request, now }),
        action: 'created',
        summary: `Created from scratch in ${request.languages.join(', ')}`,
      };
    case 'template': {
      const stored = await deps.admin.getAdminConsultation(request.templateId);
      // Without an entry (published from forms/ only) a consultation is the admins' alone.
      if (!can(member, 'read', { department: stored.entry?.department }))
        return { error: { input: 'template', message: 'choose a consultation of your department' } };
      const template = stored.published?.definition;
      if (!template) return { error: { input: 'template', message: 'is not a published consultation' } };
      return {
        definition: draftFromTemplate(template, { id: request.id, slug: request.slug, now }),
        action: 'copied',
        summary: `Copied from "${request.templateId}"`,
      };
    }
    case 'import':
      return {
        definition: { ...request.definition },
        action: 'imported',
        summary: 'Imported from YAML',
      };
    default:
      return request satisfies never;
  }
}

/** The entry of a new consultation, its list fields copied from the draft. */
function entryOf(
  draft: ConsultationDraft,
  department: string | undefined,
  signedIn: SignedInStaff,
  now: Date,
): AdminConsultationEntry {
  const d = draft.definition;
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const defaultLanguage = localeSchema.safeParse(d.defaultLanguage);
  const title: Partial<Record<Locale, string>> = {};
  if (typeof d.title === 'object' && d.title !== null)
    for (const [language, value] of Object.entries(d.title)) {
      const locale = localeSchema.safeParse(language);
      if (locale.success && typeof value === 'string') title[locale.data] = value;
    }
  return {
    consultationId: draft.consultationId,
    ...(department === undefined ? {} : { department }),
    createdAt: now.toISOString(),
    createdBy: signedIn.member.email,
    slug: text(d.slug) ?? '',
    title,
    defaultLanguage: defaultLanguage.success ? defaultLanguage.data : 'de',
    opens: text(d.opens),
    closes: text(d.closes),
    draftRevision: draft.revision,
  };
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
