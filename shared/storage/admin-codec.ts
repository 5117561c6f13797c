import * as z from 'zod';
import { roleSchema } from '../admin/roles.ts';
import { localeSchema } from '../definition/schema.ts';
import {
  ADMIN_ACTIONS,
  type AdminChange,
  type AdminConsultationEntry,
  type AdminSession,
  type ConsultationDraft,
  type SignInMailRequest,
  type StaffRecord,
} from './admin-types.ts';
import { type Item, parseStoredItem, parseStoredValue, StoredItemError } from './codec.ts';

/** Schemas of the admin items (README.md, "Admin items"): everything read back is parsed, never cast. */

const staffItemSchema = z.object({
  email: z.string(),
  role: roleSchema,
  department: z.string().optional(),
  updatedAt: z.string(),
  updatedBy: z.string(),
}) satisfies z.ZodType<StaffRecord>;

/** Parses a staff item (keys and `kind` are dropped). */
export function staffFromItem(item: Item): StaffRecord {
  return parseStoredItem(staffItemSchema, item, 'staff member');
}

/**
 * A queued sign-in mail as stored, and as a stream NEW_IMAGE unmarshals (keys are dropped): the mailer
 * parses INSERT records whose key parseSignInMailKey recognises with
 * `signInMailItemSchema.parse(unmarshall(NewImage))`.
 */
export const signInMailItemSchema = z.object({
  kind: z.literal('signInMail'),
  /** As staffAddress. */
  email: z.string(),
  window: z.string(),
  /** The link's single-use id (markSignInLinkSpent). */
  nonce: z.string(),
  requestedAt: z.string(),
  /** Epoch seconds (TTL). */
  expiresAt: z.number().int(),
  /** Where to go after signing in; the mailer puts it into the link only if safeNextPath accepts it. */
  next: z.string().optional(),
  browserHash: z.string().optional(),
  /** Set once by markSignInMailSent. */
  sentAt: z.string().optional(),
  /** Set once by markSignInLinkSpent. */
  spentAt: z.string().optional(),
}) satisfies z.ZodType<SignInMailRequest & { kind: 'signInMail' }>;
export type SignInMailItem = z.infer<typeof signInMailItemSchema>;

/** Parses a sign-in mail item into the request it was queued from. */
export function signInMailFromItem(item: Item): SignInMailRequest {
  const { kind: _kind, ...request } = parseStoredItem(signInMailItemSchema, item, 'sign-in mail');
  return request;
}

// No id: the item's key is the id's SHA-256, and the id itself is never stored.
const sessionItemSchema = z.object({
  email: z.string(),
  csrfToken: z.string(),
  createdAt: z.string(),
  expiresAt: z.number().int(),
}) satisfies z.ZodType<Omit<AdminSession, 'id'>>;

/** Parses a session item read by the session id `id` (which the item does not hold). */
export function sessionFromItem(item: Item, id: string): AdminSession {
  return { id, ...parseStoredItem(sessionItemSchema, item, 'session') };
}

/** Titles as copied from a draft: possibly partial or empty while the draft is being written. */
const draftTitleSchema = z.partialRecord(localeSchema, z.string());

const entryItemSchema = z.object({
  consultationId: z.string(),
  department: z.string().optional(),
  createdAt: z.string(),
  createdBy: z.string(),
  slug: z.string(),
  title: draftTitleSchema,
  defaultLanguage: localeSchema,
  opens: z.string().optional(),
  closes: z.string().optional(),
  draftRevision: z.int().min(1).optional(),
  draftVersion: z.string().optional(),
  changeLogFrom: z.string().optional(),
}) satisfies z.ZodType<AdminConsultationEntry>;

/** Parses an admin entry. */
export function entryFromItem(item: Item): AdminConsultationEntry {
  return parseStoredItem(entryItemSchema, item, 'admin entry');
}

const draftItemSchema = z.object({
  consultationId: z.string(),
  /** The raw draft as JSON text: kept exactly as the editor built it, however deep or odd. */
  definitionJson: z.string(),
  revision: z.int().min(1),
  updatedAt: z.string(),
  updatedBy: z.string(),
});

const draftDefinitionSchema = z.record(z.string(), z.unknown());

/** Parses a draft item; its definition is any JSON object (drafts may be invalid), never cast. */
export function draftFromItem(item: Item): ConsultationDraft {
  const { definitionJson, ...draft } = parseStoredItem(draftItemSchema, item, 'draft');
  let json: unknown;
  try {
    json = JSON.parse(definitionJson);
  } catch (error) {
    throw new StoredItemError('Stored draft is not JSON', { cause: error });
  }
  const definition = parseStoredValue(draftDefinitionSchema, json, 'draft definition');
  return { ...draft, definition };
}

const scopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('consultation'), consultationId: z.string() }),
  z.object({ kind: z.literal('staff') }),
]);

const changeItemSchema = z.object({
  scope: scopeSchema,
  actor: z.string(),
  action: z.enum(ADMIN_ACTIONS),
  summary: z.string(),
  version: z.string().optional(),
  at: z.string(),
}) satisfies z.ZodType<AdminChange>;

/** Parses a change record. */
export function changeFromItem(item: Item): AdminChange {
  return parseStoredItem(changeItemSchema, item, 'admin change');
}

const versionItemSchema = z.object({ version: z.string(), publishedAt: z.string() });

/** Parses a version summary item (`VER#<publishedAt>#<version>`; listVersions projects only these two). */
export function versionSummaryFromItem(item: Item): { version: string; publishedAt: string } {
  return parseStoredItem(versionItemSchema, item, 'version summary');
}
