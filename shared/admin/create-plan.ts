import type { Consultation } from '../definition/schema.ts';
import type { Locale } from '../i18n/locales.ts';
import { entryFieldsOf } from '../storage/admin-items.ts';
import type {
  AdminAction,
  AdminChange,
  AdminConsultation,
  AdminConsultationEntry,
  ConsultationDraft,
} from '../storage/admin-types.ts';
import { adminChange } from './change.ts';
import { draftFromTemplate, draftTooLarge, newDraft } from './draft/index.ts';
import { can, departmentSchema, type StaffMember } from './roles.ts';

/**
 * The rules of creating a consultation (POST /admin/consultations), without I/O: who may create,
 * which department owns the new consultation, which templates a member may copy, and the first
 * draft with its entry and change record.
 */

/** What a valid create POST asks for; the template's definition is read afterwards. */
export type CreateRequest = { department: string | undefined } & (
  | { mode: 'scratch'; id: string; slug: string; languages: Locale[]; defaultLanguage: Locale }
  | { mode: 'template'; id: string; slug: string; templateId: string }
  | { mode: 'import'; definition: Consultation }
);

/** Whether a member (with `edit`) may create at all: an editor without a department could own nothing. */
export function mayCreate(member: StaffMember): boolean {
  return member.role === 'admin' || member.department !== undefined;
}

/** How the new-consultation page offers the owner: admins choose, editors get their own. */
export function createDepartmentChoice(
  member: StaffMember,
): { kind: 'choose' } | { kind: 'fixed'; department: string } {
  return member.role === 'admin'
    ? { kind: 'choose' }
    : { kind: 'fixed', department: member.department ?? '' };
}

/**
 * The owner of a consultation a member creates, from the posted department: admins name it (empty:
 * the admins' alone), editors always create in their own department, whatever was posted.
 */
export function createDepartment(
  member: StaffMember,
  posted: string,
): { ok: true; department: string | undefined } | { ok: false; message: string } {
  if (member.role !== 'admin') return { ok: true, department: member.department };
  if (posted === '') return { ok: true, department: undefined };
  const parsed = departmentSchema.safeParse(posted);
  if (parsed.success) return { ok: true, department: parsed.data };
  return { ok: false, message: parsed.error.issues[0]?.message ?? 'is not a department name' };
}

/**
 * Whether a member may copy a consultation owned by `department` (none: one known only from forms/,
 * the admins' alone). A copy carries its approvers' addresses and texts that may not be public yet,
 * so only one the member may read.
 */
export function mayCopy(member: StaffMember, department: string | undefined): boolean {
  return can(member, 'read', { department });
}

/** What creating stores, or why it is refused (the input the message belongs to, and the status). */
export type CreatePlan =
  | { ok: true; entry: AdminConsultationEntry; draft: ConsultationDraft; change: AdminChange }
  | { ok: false; status: 400 | 413; input: 'template' | 'id'; message: string };

/**
 * The first draft (revision 1) of the consultation `request` asks for, with its entry and change
 * record; `template` is the stored consultation named by a template request. Editors' consultations
 * belong to their own department; a template must be published and one the member may copy; a draft
 * too large for its table item is refused (413).
 */
export function planCreate(
  member: StaffMember,
  request: CreateRequest,
  options: { now: Date; template?: AdminConsultation | undefined },
): CreatePlan {
  const { now } = options;
  const first = firstDraft(member, request, options.template, now);
  if (!first.ok) return first;
  const { definition, action, summary } = first;
  const tooLarge = draftTooLarge(definition);
  if (tooLarge)
    return {
      ok: false,
      status: 413,
      input: request.mode === 'template' ? 'template' : 'id',
      message: tooLarge,
    };
  const consultationId = String(definition.id);
  const draft: ConsultationDraft = {
    consultationId,
    definition,
    revision: 1,
    updatedAt: now.toISOString(),
    updatedBy: member.email,
  };
  const department = member.role === 'admin' ? request.department : member.department;
  const fields = entryFieldsOf(definition);
  const entry: AdminConsultationEntry = {
    consultationId,
    ...(department === undefined ? {} : { department }),
    createdAt: now.toISOString(),
    createdBy: member.email,
    slug: fields.slug,
    title: fields.title,
    defaultLanguage: fields.defaultLanguage ?? 'de',
    opens: fields.opens,
    closes: fields.closes,
    draftRevision: draft.revision,
  };
  const change = adminChange({
    actor: member.email,
    scope: { kind: 'consultation', consultationId },
    action,
    summary,
    at: now,
  });
  return { ok: true, entry, draft, change };
}

type FirstDraft =
  | { ok: true; definition: Record<string, unknown>; action: AdminAction; summary: string }
  | { ok: false; status: 400; input: 'template'; message: string };

function firstDraft(
  member: StaffMember,
  request: CreateRequest,
  template: AdminConsultation | undefined,
  now: Date,
): FirstDraft {
  switch (request.mode) {
    case 'scratch':
      return {
        ok: true,
        definition: newDraft({ ...request, now }),
        action: 'created',
        summary: `Created from scratch in ${request.languages.join(', ')}`,
      };
    case 'template': {
      const refuse = (message: string) => ({ ok: false, status: 400, input: 'template', message }) as const;
      if (!mayCopy(member, template?.entry?.department))
        return refuse('choose a consultation of your department');
      const published = template?.published?.definition;
      if (!published) return refuse('is not a published consultation');
      return {
        ok: true,
        definition: draftFromTemplate(published, { id: request.id, slug: request.slug, now }),
        action: 'copied',
        summary: `Copied from "${request.templateId}"`,
      };
    }
    case 'import':
      return {
        ok: true,
        definition: { ...request.definition },
        action: 'imported',
        summary: 'Imported from YAML',
      };
    default:
      return request satisfies never;
  }
}
