import type { Role } from '../admin/roles.ts';
import type { Consultation, Localized } from '../definition/schema.ts';
import type { Locale } from '../i18n/locales.ts';
import type { PublishedDefinition, Submission } from './types.ts';

/**
 * What the admin UI stores and reads (see README.md, "Admin items"). Built by
 * `createAdminRepository` in storage/admin-repository.ts, the only code that knows these keys.
 */

/** A staff member as stored (the admins manage these; the configured allow-list needs none). */
export interface StaffRecord {
  /** Lowercase. */
  email: string;
  role: Role;
  department?: string | undefined;
  /** ISO time and actor of the last change. */
  updatedAt: string;
  updatedBy: string;
}

/**
 * A sign-in request waiting for the mailer, queued for any address: the mailer mails only staff, and
 * signs the link there, with this nonce. Spending the link checks it against this item.
 */
export interface SignInMailRequest {
  /** As staffAddress: lowercase, no `+tag`. */
  email: string;
  window: string;
  /** 16 random bytes, base64url: the link's single-use id (markSignInLinkSpent). */
  nonce: string;
  requestedAt: string;
  expiresAt: number;
  /**
   * The staff page to go on to after signing in (a path safeNextPath accepts, `/admin/…`): the
   * mailed link carries it. Checked again when sending, as anything read back from the table.
   */
  next?: string | undefined;
  /** SHA-256 (base64url) of the asking browser's binding cookie (shared/admin/sign-in-browser.ts). */
  browserHash?: string | undefined;
  /** Set once by markSignInMailSent: mailed, or settled without a mail (not staff, too late). */
  sentAt?: string | undefined;
  /** Set once by markSignInLinkSpent. */
  spentAt?: string | undefined;
}

/** A signed-in staff session; the cookie carries its signed id. */
export interface AdminSession {
  /** 32 random bytes, base64url. Never stored: the item's key is its SHA-256. */
  id: string;
  /** Lowercase address that signed in. */
  email: string;
  /** The synchronizer token every POST of this session must carry (32 random bytes, base64url). */
  csrfToken: string;
  createdAt: string;
  /** Epoch seconds; TTL deletes the item, and getSession treats it as gone from this instant. */
  expiresAt: number;
}

/**
 * The editable working copy of a consultation. `definition` is the raw object the editor builds: it
 * may be incomplete or invalid (validation shows what is missing); publishing needs it to pass
 * consultationSchema. `definition.id` is always the consultationId.
 */
export interface ConsultationDraft {
  consultationId: string;
  definition: Record<string, unknown>;
  /** Starts at 1; every save is conditional on the revision the editor loaded and adds one. */
  revision: number;
  updatedAt: string;
  updatedBy: string;
}

/** Who owns a consultation and when it was created; one item per consultation in one partition. */
export interface AdminConsultationEntry {
  consultationId: string;
  department?: string | undefined;
  createdAt: string;
  createdBy: string;
  /** Copied from the draft on every save, so the list needs no draft reads. */
  slug: string;
  title: Partial<Record<Locale, string>>;
  defaultLanguage: Locale;
  opens?: string | undefined;
  closes?: string | undefined;
  /** The draft's revision at the last save (absent: the consultation came from forms/ only). */
  draftRevision?: number | undefined;
  /**
   * The version the draft would be published as, set by storage at every save (draftVersionOf);
   * absent while the draft does not pass consultationSchema. The list compares it with the published
   * version to mark unpublished changes without reading the draft.
   */
  draftVersion?: string | undefined;
  /**
   * The sort key of the change record of this consultation's creation, set by createConsultation:
   * its change log starts there. The incarnation marker of the id: a consultation discarded and
   * created again under the same id shows none of the changes of the one before. Absent for
   * entries made for consultations from forms/ (their log is all theirs).
   */
  changeLogFrom?: string | undefined;
}

/** The published side of a consultation (META + slug alias). */
export interface PublishedState {
  currentVersion: string;
  slug: string;
  publishedAt: string;
  /** Set while staff have closed it by hand: the form refuses answers whatever its dates say. */
  closedAt?: string | undefined;
  definition: Consultation;
}

/**
 * A consultation as the admin list shows it: the entry and/or the catalogue line, so a whole list is
 * two Queries whatever its length (no per-row reads).
 */
export interface AdminConsultationRow {
  consultationId: string;
  department?: string | undefined;
  /** The draft's slug, title, language and dates where there is an entry, else the catalogue's. */
  slug: string;
  title: Partial<Record<Locale, string>> | Localized;
  defaultLanguage: Locale;
  opens?: string | undefined;
  closes?: string | undefined;
  /** The current published version as the catalogue has it: what residents see. */
  published?:
    | { version: string; slug: string; opens: string; closes: string; closedAt?: string | undefined }
    | undefined;
  hasDraft: boolean;
  /** The entry's draftVersion: the draft's content version at its last save, when it was valid. */
  draftVersion?: string | undefined;
}

/** Everything the consultation page of the admin UI needs, read in one go. */
export interface AdminConsultation {
  entry?: AdminConsultationEntry | undefined;
  draft?: ConsultationDraft | undefined;
  published?: PublishedState | undefined;
}

/** What an admin change did; shown in the change log. */
export const ADMIN_ACTIONS = [
  'created',
  'imported',
  'copied',
  'edited',
  'published',
  'closed',
  'reopened',
  'departmentChanged',
  'discarded',
  'staffSaved',
  'staffRemoved',
  'codesGenerated',
  'codesVoided',
] as const;
export type AdminAction = (typeof ADMIN_ACTIONS)[number];

/** Where a change belongs: a consultation's log or the staff log. */
export type ChangeScope = { kind: 'consultation'; consultationId: string } | { kind: 'staff' };

/** One recorded admin change: who, what, when. Written in the same transaction as the change. */
export interface AdminChange {
  scope: ChangeScope;
  /** Lowercase address of the staff member. */
  actor: string;
  action: AdminAction;
  /** One plain sentence, e.g. `Fields: added "age_group" (radio)`; never HTML. */
  summary: string;
  /** The version published, where one was. */
  version?: string | undefined;
  at: string;
}

/** One published version of a consultation's definition. */
export interface VersionSummary {
  version: string;
  publishedAt: string;
}

/** Filter of the submissions inbox by workflow state (and stage for inStage / sentBack). */
export interface SubmissionStateFilter {
  status: 'inStage' | 'sentBack' | 'approved' | 'rejected';
  stageId?: string | undefined;
}

/** Access patterns of the admin UI. */
export interface AdminRepository {
  getStaff(email: string): Promise<StaffRecord | undefined>;
  /** Every stored staff member (one Query of one partition), by email. */
  listStaff(): Promise<StaffRecord[]>;
  /**
   * Adds or changes a staff member and records the change, in one transaction, conditional on what
   * the caller read: `expectedUpdatedAt` a string — the stored record still has that updatedAt;
   * `null` — there is no record yet (a new member). 'conflict' when that no longer holds (someone
   * else saved or removed the member meanwhile): nothing is written, no change recorded. Left out
   * (test and deployment setup only), the record is put whatever is stored.
   */
  putStaff(
    record: StaffRecord,
    change: AdminChange,
    expectedUpdatedAt?: string | null,
  ): Promise<'saved' | 'conflict'>;
  /** Removes a staff member and records it; false when there was none. */
  removeStaff(email: string, change: AdminChange): Promise<boolean>;

  /**
   * Queues the sign-in mail of `email` for the window (e.g. a 10-minute slot): a conditional Put of
   * its item, which the mailer sends from the stream (like the outbox). False when one was queued in
   * that window already, so asking again does not mail again. TTL `expiresAt`.
   */
  queueSignInMail(request: SignInMailRequest): Promise<boolean>;
  /** A queued sign-in mail (consistent), e.g. for the mailer to check it is still unsent. */
  getSignInMail(email: string, window: string): Promise<SignInMailRequest | undefined>;
  /** Records that the sign-in mail was sent; false when it already was (a retry must not resend). */
  markSignInMailSent(email: string, window: string, sentAt: string): Promise<boolean>;
  /**
   * Marks the link of a mailed sign-in request spent: a conditional write on the request (its nonce,
   * mailed, not spent yet); false when it was spent before or names no such mailed request.
   */
  markSignInLinkSpent(email: string, window: string, nonce: string, spentAt: string): Promise<boolean>;
  createSession(session: AdminSession): Promise<void>;
  /** The session, or undefined when unknown, ended or past its expiresAt at `now`. */
  getSession(id: string, now: Date): Promise<AdminSession | undefined>;
  /** Ends a session (sign-out); ending an unknown one is not an error. */
  endSession(id: string): Promise<void>;

  /** Every consultation: admin entries merged with the public catalogue (two consistent Queries), by id. */
  listAdminConsultations(): Promise<AdminConsultationRow[]>;
  /** Entry, draft and published state of one consultation (consistent reads); undefined parts are absent. */
  getAdminConsultation(consultationId: string): Promise<AdminConsultation>;
  /**
   * Creates the entry and the first draft (revision 1) with its change; 'exists' when the id has an
   * entry or a published version, or the slug is taken by another consultation's published version.
   */
  createConsultation(
    entry: AdminConsultationEntry,
    draft: ConsultationDraft,
    change: AdminChange,
  ): Promise<'created' | 'exists' | 'slugTaken'>;
  /**
   * Saves a draft (revision = expectedRevision + 1), updates the entry's copied fields and records the
   * change, in one transaction; 'conflict' when the stored revision is not `expectedRevision`. Creates
   * the entry and draft when the consultation so far only existed as a published file (expectedRevision 0).
   */
  saveDraft(
    draft: ConsultationDraft,
    expectedRevision: number,
    change: AdminChange,
  ): Promise<'saved' | 'conflict'>;
  /**
   * Discards the draft of a consultation never published: deletes its admin entry and its draft,
   * and records the change, in one transaction conditional on the draft still being
   * `expectedRevision` and META still absent (the change log stays, for the record). 'conflict' when
   * the draft moved on (or is gone): nothing is written, no change recorded. 'published' when the
   * consultation has a published version (also one published meanwhile): nothing is written; the
   * caller resets the draft to the published definition instead (saveDraft).
   */
  discardDraft(
    consultationId: string,
    expectedRevision: number,
    change: AdminChange,
  ): Promise<'deleted' | 'conflict' | 'published'>;
  /**
   * Publishes like Repository.publishDefinition, with the change record in the same transaction.
   * With `draftRevision`, the transaction also checks that the draft is still that revision
   * (ConditionCheck); when it moved on, nothing is published or recorded and DraftChangedError (a
   * PublishConflictError) is thrown. When the version and slug are already current nothing is
   * written, and the revision is not checked.
   */
  publishWithChange(
    definition: Consultation,
    change: AdminChange,
    options?: { draftRevision?: number },
  ): Promise<PublishedDefinition>;
  /**
   * Closes (closedAt set) or reopens (undefined) a published consultation: META, slug alias and
   * catalogue entry change with the change record in one transaction. 'unchanged' when it already
   * was closed (or open): nothing is written, no change recorded, a first closedAt stays (a double
   * click or a second tab; META's condition decides a race). 'notPublished' when never published.
   */
  setClosed(
    consultationId: string,
    closedAt: string | undefined,
    change: AdminChange,
  ): Promise<'done' | 'unchanged' | 'notPublished'>;
  /** Moves a consultation to another department (admins only) and records it. */
  setDepartment(consultationId: string, department: string | undefined, change: AdminChange): Promise<void>;
  /**
   * Published versions, newest first, each once at the last time it was made current (one Query of
   * the small version summaries); `limit` returns only the newest that many (default: all).
   */
  listVersions(consultationId: string, options?: { limit?: number }): Promise<VersionSummary[]>;
  /** A page of a log, newest first; pass `cursor` back for the next; undefined cursor on the last page. */
  listChanges(
    scope: ChangeScope,
    /** `from`: leave out records older than this sort key (a consultation's changeLogFrom). */
    options: { limit: number; cursor?: string | undefined; from?: string | undefined },
  ): Promise<{ changes: AdminChange[]; cursor?: string | undefined } | { kind: 'badCursor' }>;
  /** How many submissions a consultation has (the `_total` counter summed over its shards). */
  submissionCount(consultationId: string): Promise<number>;
  /**
   * submissionCount of many consultations at once, by id (0 for one without submissions): one
   * BatchGetItem per 100 counter items (SHARD_COUNT per consultation), so a list pays no read per row.
   */
  submissionCounts(consultationIds: readonly string[]): Promise<Record<string, number>>;
  /**
   * Like submissionCounts (the same one BatchGetItem per 100 counter items), with the unconfirmed
   * answers beside the confirmed ones (verification: email).
   */
  submissionTallies(consultationIds: readonly string[]): Promise<Record<string, SubmissionTally>>;
  /**
   * A page of the consultation's workflow submissions in one state (GSI1 on the reminder items),
   * newest first, with the submissions read by key; stageId narrows inStage/sentBack to one stage.
   * One call examines at most its scan budget of index entries (INBOX_SCAN_BUDGET): when that runs
   * out first, the page holds what was found so far (maybe nothing), `partial` is true and `cursor`
   * continues the search where it stopped.
   */
  listSubmissionsByState(
    consultationId: string,
    filter: SubmissionStateFilter,
    options: { limit: number; cursor?: string | undefined },
  ): Promise<
    { kind: 'page'; submissions: Submission[]; cursor?: string; partial?: true } | { kind: 'badCursor' }
  >;
}

/**
 * A consultation's answers: `confirmed` are counted (the `_total` counter); `pending` were given
 * but not confirmed by email (waiting for it, or expired unconfirmed: the `_pending` counter).
 */
export interface SubmissionTally {
  confirmed: number;
  pending: number;
}
