import { createHash } from 'node:crypto';
import { consultationSchema } from '../definition/schema.ts';
import { isSubmissionId } from '../submissions/ids.ts';
import type { SubmissionRef } from './types.ts';

/**
 * The only place that builds key values. Every item of the single table and the access pattern it
 * serves is listed in ./README.md; change both together.
 */

/**
 * Number of partitions a consultation's submissions (and its result counters) are spread over. One
 * partition takes at most 1,000 WCU/s and a submit writes 2 WCU to its submission shard and 2 to its
 * counter shard, so one shard carries ~500 submits/s; 8 shards carry ~4,000/s for one consultation
 * (a city-wide vote closing at midnight), while listing and summing read only 8 partitions.
 */
export const SHARD_COUNT = 8;

/** Prefix of the top-level counter attributes of a result item: `c#<fieldId>#<value>`. */
export const COUNTER_PREFIX = 'c#';

/** Primary key of an item; the attribute names are TABLE_DESIGN's partition and sort key. */
export interface Key {
  pk: string;
  sk: string;
}

/** A consultation's current state: slug and current version. */
export function consultationMetaKey(consultationId: string): Key {
  return { pk: `CONS#${consultationId}`, sk: 'META' };
}

/** Sort-key prefix of the definition versions in a consultation's partition. */
export const DEFINITION_SK_PREFIX = 'DEF#';

/** One immutable published definition version. */
export function definitionVersionKey(consultationId: string, version: string): Key {
  return { pk: `CONS#${consultationId}`, sk: `${DEFINITION_SK_PREFIX}${version}` };
}

/** Sort-key prefix of the version summaries in a consultation's partition (listVersions). */
export const VERSION_SUMMARY_SK_PREFIX = 'VER#';

/**
 * The small summary of a published version (`version`, `publishedAt` only) beside its DEF item:
 * `VER#<publishedAt>#<version>`, so one Query lists the versions newest first without reading the
 * definitions (a Query is charged for the whole items it reads, whatever it projects).
 */
export function versionSummaryKey(consultationId: string, publishedAt: string, version: string): Key {
  return { pk: `CONS#${consultationId}`, sk: `${VERSION_SUMMARY_SK_PREFIX}${publishedAt}#${version}` };
}

/** The alias a public slug resolves through; it carries the current definition (one GetItem per render). */
export function slugKey(slug: string): Key {
  return { pk: `SLUG#${slug}`, sk: 'SLUG' };
}

/** The partition holding one summary per consultation (GET / is one Query). */
export const CATALOG_PK = 'CATALOG';

/** A consultation's line in the catalogue. */
export function catalogKey(consultationId: string): Key {
  return { pk: CATALOG_PK, sk: `CONS#${consultationId}` };
}

/** Sort-key prefix of a submission and of every item that belongs to it (`SUB#<ulid>[#…]`). */
export const SUBMISSION_SK_PREFIX = 'SUB#';

/** The partition of one submission shard of a consultation; the base table lists submissions from it. */
export function submissionPartition(consultationId: string, shard: number): string {
  return `CONS#${consultationId}#SUB#${shard}`;
}

/**
 * A submission: in its consultation's shard partition, sorted by ULID (time), so a Query per shard
 * lists newest first. Items that belong to it later (`SUB#<ulid>#EVT#…`, `SUB#<ulid>#OUT#…`) share
 * the partition and the prefix: one Query with begins_with(sk, 'SUB#<ulid>') reads it with its history.
 */
export function submissionKey(consultationId: string, submissionId: string): Key {
  return {
    pk: submissionPartition(consultationId, shardOf(submissionId)),
    sk: submissionSortKey(submissionId),
  };
}

/** The sort key of a submission item (and the prefix of the items that belong to it). */
export function submissionSortKey(submissionId: string): string {
  return `${SUBMISSION_SK_PREFIX}${submissionId}`;
}

const SUBMISSION_PK = /^CONS#(.+)#SUB#(\d+)$/;

/**
 * The ids in a submission item's key, or undefined for any other key: the consultation id, the shard
 * (which must be the id's shard) and the ULID are validated, so a stray or forged key names nothing.
 */
export function parseSubmissionKey(key: { pk: string; sk: string }): SubmissionRef | undefined {
  const match = SUBMISSION_PK.exec(key.pk);
  if (!match || !key.sk.startsWith(SUBMISSION_SK_PREFIX)) return undefined;
  const [, consultationId = '', shard] = match;
  const submissionId = key.sk.slice(SUBMISSION_SK_PREFIX.length);
  if (!consultationSchema.shape.id.safeParse(consultationId).success) return undefined;
  if (!isSubmissionId(submissionId) || shard !== String(shardOf(submissionId))) return undefined;
  return { consultationId, submissionId };
}

/** The result-counter item of one shard of a consultation. */
export function resultShardKey(consultationId: string, shard: number): Key {
  return { pk: `CONS#${consultationId}#RES#${shard}`, sk: 'RES' };
}

/** The counter item a submission adds to: the same shard number as its submission partition. */
export function resultKeyFor(consultationId: string, submissionId: string): Key {
  return resultShardKey(consultationId, shardOf(submissionId));
}

/** Attribute name of one counter on a result item. */
export function counterAttribute(counter: string): string {
  return `${COUNTER_PREFIX}${counter}`;
}

/**
 * Stable shard of an id in [0, SHARD_COUNT): FNV-1a over its characters. ULIDs start with the
 * time, so the hash (not a prefix) is what spreads submissions of the same second.
 */
export function shardOf(id: string): number {
  return fnv1a(id) % SHARD_COUNT;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/*
 * Items that belong to a submission: its workflow's audit events, outbox emails and decision
 * markers. They share the submission's partition and sort-key prefix (see submissionKey).
 */

/**
 * One audit event of a workflow step: `SUB#<ulid>#EVT#<at>#<version>#<n>`. The state version after
 * the step (6 digits) and the event's index in the step (3 digits) keep two steps of the same
 * millisecond apart and order the events of one step.
 */
export function auditEventKey(
  consultationId: string,
  submissionId: string,
  event: { at: string; version: number; index: number },
): Key {
  const { pk, sk } = submissionKey(consultationId, submissionId);
  const version = String(event.version).padStart(6, '0');
  const index = String(event.index).padStart(3, '0');
  return { pk, sk: `${sk}#EVT#${event.at}#${version}#${index}` };
}

/** One email waiting in the outbox: `SUB#<ulid>#OUT#<outboxId>` (outboxId: a ULID). */
export function outboxKey(consultationId: string, submissionId: string, outboxId: string): Key {
  const { pk, sk } = submissionKey(consultationId, submissionId);
  return { pk, sk: `${sk}#OUT#${outboxId}` };
}

const OUTBOX_SK = /^SUB#([0-9A-Z]{26})#OUT#([0-9A-Z]{26})$/;

/**
 * The ids in an outbox item's key (e.g. from a stream record), or undefined for any other key; like
 * parseSubmissionKey it checks the consultation id, both ULIDs and the shard.
 */
export function parseOutboxKey(key: {
  pk: string;
  sk: string;
}): (SubmissionRef & { outboxId: string }) | undefined {
  const match = OUTBOX_SK.exec(key.sk);
  if (!match) return undefined;
  const [, submissionId = '', outboxId = ''] = match;
  const ref = parseSubmissionKey({ pk: key.pk, sk: submissionSortKey(submissionId) });
  if (!ref || !isSubmissionId(outboxId)) return undefined;
  return { ...ref, outboxId };
}

/** How an approver's email appears in keys: trimmed and lowercase, as the engine compares them. */
export function normalApprover(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * The single-use marker of one approver's decision in one round of a stage:
 * `SUB#<ulid>#DEC#<stageId>#<round>#<approver>`. Put with attribute_not_exists in the transaction
 * that records the decision, so a link posted twice (or by two tabs at once) decides once.
 */
export function decisionKey(
  consultationId: string,
  submissionId: string,
  decision: { stageId: string; round: number; approver: string },
): Key {
  const { pk, sk } = submissionKey(consultationId, submissionId);
  return { pk, sk: `${sk}#DEC#${decision.stageId}#${decision.round}#${normalApprover(decision.approver)}` };
}

/**
 * Partitions of the reminder queue (GSI2). Due reminders are read by one Query per shard; four
 * spread the index writes of a busy consultation without making the sweep expensive.
 */
export const REMINDER_SHARD_COUNT = 4;

/** GSI2 partition of one reminder shard. */
export function reminderPartition(shard: number): string {
  return `REMIND#${shard}`;
}

/**
 * The reminder-queue item of a submission, `SUB#<ulid>#REM`: a small item beside it that carries
 * the GSI2 keys while the submission waits for approvers, so the index holds a few bytes per
 * waiting submission instead of a copy of the whole submission.
 */
export function reminderKey(consultationId: string, submissionId: string): Key {
  const { pk, sk } = submissionKey(consultationId, submissionId);
  return { pk, sk: `${sk}#REM` };
}

/**
 * The GSI2 keys of a submission's reminder item while it waits for approvers: `REMIND#<shard>` and
 * `<dueAt>#<consultationId>#<ulid>`, so a Query for gsi2sk <= now finds every due submission.
 */
export function reminderIndexKeys(
  consultationId: string,
  submissionId: string,
  dueAt: string,
): { gsi2pk: string; gsi2sk: string } {
  return {
    gsi2pk: reminderPartition(fnv1a(submissionId) % REMINDER_SHARD_COUNT),
    gsi2sk: `${dueAt}#${consultationId}#${submissionId}`,
  };
}

/** The due time and submission in a reminder sort key, or undefined when it is not one. */
export function parseReminderSortKey(gsi2sk: string): (SubmissionRef & { dueAt: string }) | undefined {
  const [dueAt = '', consultationId = '', submissionId = '', ...rest] = gsi2sk.split('#');
  if (rest.length || Number.isNaN(Date.parse(dueAt)) || !isSubmissionId(submissionId)) return undefined;
  if (!consultationSchema.shape.id.safeParse(consultationId).success) return undefined;
  return { consultationId, submissionId, dueAt };
}

/*
 * The submissions inbox by workflow state (GSI1, written on the reminder items; see README.md).
 */

/** The workflow statuses the inbox filters by (the engine's WorkflowState['status']). */
export type InboxStatus = 'inStage' | 'sentBack' | 'approved' | 'rejected';

/** GSI1 partition of a consultation's workflow submissions in one status. */
export function inboxPartition(consultationId: string, status: InboxStatus): string {
  return `CONS#${consultationId}#WF#${status}`;
}

/**
 * The GSI1 keys of a submission's reminder item: its consultation and workflow status, then its ULID,
 * so one Query lists a status newest first (the stage is a plain attribute to filter on).
 */
export function inboxIndexKeys(
  consultationId: string,
  submissionId: string,
  status: InboxStatus,
): { gsi1pk: string; gsi1sk: string } {
  return { gsi1pk: inboxPartition(consultationId, status), gsi1sk: submissionId };
}

/** Name of the counter every submit adds 1 to (field ids start with a letter, so it never clashes). */
export const SUBMISSION_TOTAL_COUNTER = '_total';

/*
 * Admin items (see README.md, "Admin items").
 */

/** How a staff address appears in keys: trimmed and lowercase. */
export function normalEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The partition holding every stored staff member (listStaff is one Query). */
export const STAFF_PK = 'STAFF';

/** One stored staff member. */
export function staffKey(email: string): Key {
  return { pk: STAFF_PK, sk: `STAFF#${normalEmail(email)}` };
}

/** The partition of one change log: the staff log or a consultation's. */
export function changeLogPartition(
  scope: { kind: 'staff' } | { kind: 'consultation'; consultationId: string },
): string {
  return scope.kind === 'staff' ? 'AUDIT#STAFF' : `AUDIT#CONS#${scope.consultationId}`;
}

/** Shape of a change record's sort key: `<at>#<ulid>` (sorts by time; the ULID keeps one moment's changes apart). */
export const CHANGE_SORT_KEY = /^\d{4}-\d{2}-\d{2}T[0-9:.]+Z#[0-7][0-9A-HJKMNP-TV-Z]{25}$/;

/** One recorded admin change in its log. */
export function changeKey(
  scope: { kind: 'staff' } | { kind: 'consultation'; consultationId: string },
  at: string,
  changeId: string,
): Key {
  return { pk: changeLogPartition(scope), sk: `${at}#${changeId}` };
}

const SIGN_IN_MAIL_PREFIX = 'SIGNIN#';
const SIGN_IN_MAIL_SK_PREFIX = 'MAIL#';

/** A queued sign-in mail: one per address and window, so asking again within the window mails nothing. */
export function signInMailKey(email: string, window: string): Key {
  return { pk: `${SIGN_IN_MAIL_PREFIX}${normalEmail(email)}`, sk: `${SIGN_IN_MAIL_SK_PREFIX}${window}` };
}

/**
 * The address and window in a sign-in mail item's key (e.g. from a stream record), or undefined for
 * any other key, so the mailer tells a sign-in mail from outbox items and everything else.
 */
export function parseSignInMailKey(key: {
  pk: string;
  sk: string;
}): { email: string; window: string } | undefined {
  if (!key.pk.startsWith(SIGN_IN_MAIL_PREFIX) || !key.sk.startsWith(SIGN_IN_MAIL_SK_PREFIX)) return undefined;
  const email = key.pk.slice(SIGN_IN_MAIL_PREFIX.length);
  const window = key.sk.slice(SIGN_IN_MAIL_SK_PREFIX.length);
  // Spent-link markers of earlier releases share the prefix (`SIGNIN#NONCE#…`, sk `SPENT`): their sort key never matches.
  if (!email.includes('@') || email !== normalEmail(email) || window.length === 0) return undefined;
  return { email, window };
}

/**
 * A staff session, by the SHA-256 (base64url) of its id: whoever reads the table (a backup, an
 * export, an operator) learns no id a cookie could carry.
 */
export function sessionKey(sessionId: string): Key {
  return {
    pk: `SESSION#${createHash('sha256').update(sessionId, 'utf8').digest('base64url')}`,
    sk: 'SESSION',
  };
}

/** The partition holding one admin entry per consultation (the admin list is one Query). */
export const ADMIN_CONSULTATIONS_PK = 'ADMIN#CONSULTATIONS';

/** A consultation's admin entry: owner department, creation, and fields copied from its draft. */
export function adminEntryKey(consultationId: string): Key {
  return { pk: ADMIN_CONSULTATIONS_PK, sk: `CONS#${consultationId}` };
}

/** A consultation's editable draft, beside its META and versions. */
export function draftKey(consultationId: string): Key {
  return { pk: `CONS#${consultationId}`, sk: 'DRAFT' };
}

/** The deployment's site settings (legal pages): one item. */
export function siteSettingsKey(): Key {
  return { pk: 'SITE', sk: 'SETTINGS' };
}

/*
 * Participation codes (`verification: code`, see README.md "Participation codes").
 */

/** A consultation's code batches: one partition, one item per batch, sorted by batch id (ULID, time). */
export function codeBatchKey(consultationId: string, batchId: string): Key {
  return { pk: `CONS#${consultationId}#CODEBATCH`, sk: batchId };
}

/** The partition of a consultation's code batches (listCodeBatches is one Query of it). */
export function codeBatchPartition(consultationId: string): string {
  return `CONS#${consultationId}#CODEBATCH`;
}

/** The partition of one shard of a consultation's codes (spread like the submissions). */
export function codePartition(consultationId: string, shard: number): string {
  return `CONS#${consultationId}#CODE#${shard}`;
}

/**
 * One code, by its keyed hash (never the code): the shard comes from the hash, so a typed code's
 * item is found with one GetItem, and generating 10,000 writes to SHARD_COUNT partitions.
 */
export function codeKey(consultationId: string, hash: string): Key {
  let sum = 0;
  for (let i = 0; i < hash.length; i++) sum = (sum + hash.charCodeAt(i)) % SHARD_COUNT;
  return { pk: codePartition(consultationId, sum), sk: hash };
}

/** The result counter that counts the codes of a batch spent (in the submit transaction's counter shard). */
export function codesUsedCounter(batchId: string): string {
  return `_codes#${batchId}`;
}

/*
 * Email double opt-in (see README.md, "Pending answers"): the pending answer, the one-per-person
 * marker and the confirmation-mail caps.
 */

/** Name of the counter of answers waiting for (or never given) their email confirmation. */
export const PENDING_COUNTER = '_pending';

/**
 * A pending answer: its own partition per answer (`CONS#<id>#PENDING#<ulid>`), so it never shows
 * up in a submission listing or history, and the mailer tells it from everything else by its key.
 */
export function pendingKey(consultationId: string, submissionId: string): Key {
  return { pk: `CONS#${consultationId}#PENDING#${submissionId}`, sk: 'PENDING' };
}

const PENDING_PK = /^CONS#(.+)#PENDING#([0-9A-Z]{26})$/;

/** The ids in a pending answer's key (e.g. from a stream record), or undefined for any other key. */
export function parsePendingKey(key: { pk: string; sk: string }): SubmissionRef | undefined {
  const match = PENDING_PK.exec(key.pk);
  if (!match || key.sk !== 'PENDING') return undefined;
  const [, consultationId = '', submissionId = ''] = match;
  if (!consultationSchema.shape.id.safeParse(consultationId).success) return undefined;
  if (!isSubmissionId(submissionId)) return undefined;
  return { consultationId, submissionId };
}

/** The one-per-person marker of a consultation: which confirmed submission a person's vote is. */
export function voterKey(consultationId: string, person: string): Key {
  return { pk: `CONS#${consultationId}#VOTER#${person}`, sk: 'V' };
}

/**
 * The confirmation mails sent to one address (by its HMAC) on one UTC day: one item holds the day's
 * count and one count per consultation and hour, so a cap check is one conditional Update.
 */
export function mailCapKey(person: string, day: string): Key {
  return { pk: `MAILCAP#${person}`, sk: `DAY#${day}` };
}
