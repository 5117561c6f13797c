import type { Answers } from '../answers/types.ts';
import type { Consultation, ResultsPublish } from '../definition/schema.ts';
import type { Locale } from '../i18n/locales.ts';
import type { AuditEffect, Decision, WorkflowSnapshot, WorkflowState } from '../workflow/types.ts';

/** A definition as published: immutable, addressed by consultation id and version. */
export interface PublishedDefinition {
  definition: Consultation;
  /** Content hash of the definition (12 hex chars); the same text always gets the same version. */
  version: string;
  /** Set while staff have closed the consultation by hand: it refuses answers whatever its dates say. */
  closedAt?: string;
  /**
   * When this version became the current one (ISO), from the slug alias; forms of the version before
   * are accepted for a grace period after it. Absent for aliases written before it was recorded.
   */
  publishedAt?: string;
}

/** One line of the public list of consultations (GET /). */
export interface ConsultationSummary {
  id: string;
  slug: string;
  version: string;
  opens: string;
  closes: string;
  defaultLanguage: Locale;
  languages: Locale[];
  title: Consultation['title'];
  /** Set while staff have closed it by hand (see PublishedDefinition.closedAt). */
  closedAt?: string;
  /** When its results are public (absent: never), for the home page's list of ended consultations. */
  resultsPublish?: Exclude<ResultsPublish, 'never'>;
}

/** A resident's submission as stored. */
export interface Submission {
  /** ULID carried by the rendered form; the store is conditional on it. */
  id: string;
  /** Short human reference shown to the resident, derived from the id, e.g. "7K3Q-9D2F". */
  reference: string;
  consultationId: string;
  definitionVersion: string;
  locale: Locale;
  /** ISO timestamp. */
  submittedAt: string;
  /** Answers that are not personal data (by field id). Hidden fields are absent. */
  answers: Answers;
  /** Answers of fields marked `personal: true`; removed by TTL after the retention period. */
  personal: Answers;
  /** Address to send a copy to, when the resident asked for one. */
  copyTo?: string;
  /** Epoch seconds when DynamoDB TTL deletes the item (retentionDays after submission). */
  expiresAt: number;
  /** ISO timestamp at which the confirmation copy was sent; absent until then (set conditionally, once). */
  confirmationSentAt?: string;
  /**
   * The submission's approval workflow, when its definition has one: the route copied at submit time
   * and where it stands. Only applyTransition changes `state` (conditional on its version).
   */
  workflow?: SubmissionWorkflow;
  /**
   * With email confirmation: the HMAC of the confirmed address (shared/participation/person.ts). A
   * vote without a workflow keeps this instead of the address itself.
   */
  voter?: string;
  /** With `changeVote: replace`: the id of the submission that replaced this one (it no longer counts). */
  supersededBy?: string;
  /**
   * ISO time the submitter had their personal data erased: `personal`, `copyTo`, `voter` and the
   * answers of email and phone fields are gone, no more mail reaches them. Set once.
   */
  erasedAt?: string;
}

/** A submission's workflow as stored with it. */
export interface SubmissionWorkflow {
  snapshot: WorkflowSnapshot;
  state: WorkflowState;
}

/** One entry of a submission's audit trail: an audit effect of the engine as stored. */
export type AuditEvent = Omit<AuditEffect, 'type'> & {
  consultationId: string;
  submissionId: string;
  /** The workflow state's version after the step that caused it. */
  version: number;
};

/** A submission with its audit trail, oldest event first. */
export interface SubmissionHistory {
  submission: Submission;
  events: AuditEvent[];
}

/** An approver's recorded decision (the single-use marker of their link). */
export interface RecordedDecision {
  stageId: string;
  round: number;
  approver: string;
  decision: Decision;
  comment?: string;
  at: string;
}

/** A submission whose reminder is due, as listed by listDueReminders. */
export interface DueReminder extends SubmissionRef {
  /** When the reminder became due (ISO). */
  dueAt: string;
}

/** How a submission is addressed: its ULID is unique within its consultation, whose id is part of the key. */
export interface SubmissionRef {
  consultationId: string;
  submissionId: string;
}

/**
 * One page of a consultation's submissions, newest first. `cursor` (opaque) asks for the next page
 * and is absent on the last one; a cursor that was not made by listSubmissions for this consultation
 * is refused as `badCursor`.
 */
export type SubmissionPage =
  | { kind: 'page'; submissions: Submission[]; cursor?: string }
  | { kind: 'badCursor' };
