import type { Answers } from '../answers/types.ts';
import type { Consultation } from '../definition/schema.ts';
import type { Effect, EmailEffect, WorkflowSnapshot, WorkflowState } from '../workflow/types.ts';
import type { ErasureAccess } from './erasure.ts';
import type { OutboxItem } from './outbox.ts';
import type { PendingAccess } from './pending.ts';
import type {
  ConsultationSummary,
  DueReminder,
  PublishedDefinition,
  RecordedDecision,
  Submission,
  SubmissionHistory,
  SubmissionPage,
} from './types.ts';

/** Result counters a submission adds to, by `<fieldId>#<optionValue>`; updated in the submit transaction. */
export type CounterIncrements = Record<string, number>;

/** Write capacity a transaction consumed as DynamoDB reported it: table, global secondary indexes, total. */
export interface ConsumedWriteUnits {
  total: number;
  table: number;
  indexes: number;
}

export type PutSubmissionResult =
  /** `consumed`: what the submit transaction cost (for the benchmark); absent when not reported. */
  | { stored: true; consumed?: ConsumedWriteUnits }
  | { stored: false; existing: Submission }
  /** The code of `SubmitOptions.codeSpend` was spent or voided meanwhile: nothing was written. */
  | { stored: false; refused: 'code' };

/** Extra items of the submit transaction. */
export interface SubmitOptions {
  /** Spends this participation code (`verification: code`) with the submission, or refuses both. */
  codeSpend?: { consultationId: string; hash: string; batchId: string } | undefined;
}

/** One workflow step as applyTransition writes it (see storage/README.md, "Workflow transactions"). */
export interface TransitionWrite {
  consultationId: string;
  submissionId: string;
  /** The state version that was read; the write is conditional on it being unchanged. */
  expectedVersion: number;
  /** The submission's snapshot (the reminder due time depends on the stage's settings). */
  snapshot: WorkflowSnapshot;
  /** The submission's expiresAt: its audit events and decision markers share its retention. */
  expiresAt: number;
  /**
   * The state that was read (version `expectedVersion`). Optional: with it, a step that leaves the
   * reminder due time unchanged does not rewrite the reminder item (2 WCU less per such decision).
   */
  previousState?: WorkflowState;
  /** The state after the step and the effects the engine returned for it. */
  state: WorkflowState;
  effects: readonly Effect[];
  /** The approver decision this step records: its single-use marker is written with it. */
  decision?: Omit<RecordedDecision, 'at'>;
  /** New answers (a resubmission after a send-back), written with the state. */
  answers?: { answers: Answers; personal: Answers };
  /** When the step happens: the outbox items' createdAt and the decision marker's `at`. */
  now: Date;
}

export type TransitionResult =
  | { kind: 'applied' }
  /**
   * Nothing was written. `alreadyDecided`: this approver's decision of this round is recorded (the
   * marker exists); `versionChanged`: the state is no longer the one read (re-read and step again).
   */
  | { kind: 'conflict'; reason: 'versionChanged' | 'alreadyDecided' };

/** Every access pattern of the table, by name. Built by `createRepository` in storage/repository.ts. */
export interface Repository extends PendingAccess, ErasureAccess {
  /** Stores the definition as an immutable version and makes it the current one; idempotent. */
  publishDefinition(definition: Consultation): Promise<PublishedDefinition>;
  /** The current published definition behind a public slug. */
  findPublishedBySlug(slug: string): Promise<PublishedDefinition | undefined>;
  /** One immutable version of a consultation's definition. */
  getDefinitionVersion(consultationId: string, version: string): Promise<Consultation | undefined>;
  /** Every published consultation (a query on one partition, never a scan). */
  listConsultations(): Promise<ConsultationSummary[]>;
  /** The result counters of a consultation, summed over its shards (SHARD_COUNT GetItems, whatever the number of submissions). */
  resultCounts(consultationId: string): Promise<Record<string, number>>;
  /**
   * Stores a submission and its counter increments in one transaction, unless its id exists; with a
   * workflow, the same transaction writes the audit events and outbox emails of its start (`effects`).
   */
  putSubmissionOnce(
    submission: Submission,
    counters: CounterIncrements,
    effects?: readonly Effect[],
    options?: SubmitOptions,
  ): Promise<PutSubmissionResult>;
  /** A submission by its consultation and id (strongly consistent). */
  getSubmission(consultationId: string, id: string): Promise<Submission | undefined>;
  /**
   * A page of a consultation's submissions, newest first across its shards (a Query per shard, no
   * index); pass the page's `cursor` back for the next one. `limit`: 1 to MAX_LIST_LIMIT.
   */
  listSubmissions(
    consultationId: string,
    options: { limit: number; cursor?: string | undefined },
  ): Promise<SubmissionPage>;
  /**
   * Records that the confirmation copy was sent; false when it already was (a retry must not resend).
   * `dropCopyAddress`: removes `copyTo` in the same write (a confirmed vote keeps no address).
   */
  markConfirmationSent(
    consultationId: string,
    id: string,
    sentAt: string,
    options?: { dropCopyAddress?: boolean },
  ): Promise<boolean>;
  /**
   * Writes one workflow step in one transaction: the new state (conditional on `expectedVersion`),
   * the decision marker, the audit events, the outbox emails and the reminder-queue item.
   */
  applyTransition(write: TransitionWrite): Promise<TransitionResult>;
  /** An approver's recorded decision of one round of a stage (strongly consistent). */
  getDecision(
    consultationId: string,
    submissionId: string,
    decision: { stageId: string; round: number; approver: string },
  ): Promise<RecordedDecision | undefined>;
  /** A submission with its audit trail in order: one strongly consistent Query of its partition. */
  getSubmissionHistory(consultationId: string, submissionId: string): Promise<SubmissionHistory | undefined>;
  /** Submissions whose reminder is due at `now`, earliest first (one GSI2 Query per reminder shard). */
  listDueReminders(now: Date, limit: number): Promise<DueReminder[]>;
  /** One outbox item (strongly consistent), e.g. to check before sending that it is still unsent. */
  getOutboxItem(
    consultationId: string,
    submissionId: string,
    outboxId: string,
  ): Promise<OutboxItem | undefined>;
  /**
   * Queues one email outside a workflow transaction (a renewed decision link); false when that
   * outbox id exists already, so a deterministic id makes the request idempotent.
   */
  putOutboxItemOnce(item: {
    consultationId: string;
    submissionId: string;
    outboxId: string;
    effect: EmailEffect;
    now: Date;
  }): Promise<boolean>;
  /** Records that an outbox email was sent; false when it already was (a retry must not resend). */
  markOutboxSent(
    consultationId: string,
    submissionId: string,
    outboxId: string,
    sentAt: string,
  ): Promise<boolean>;
}
