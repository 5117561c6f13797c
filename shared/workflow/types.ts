import * as z from 'zod';
import { localeSchema, type WorkflowStage, workflowStageSchema } from '../definition/schema.ts';
import { DECISIONS, type Decision } from '../definition/workflow-schema.ts';
import type { Locale } from '../i18n/locales.ts';

export type { Decision, WorkflowStage };
export type Approver = WorkflowStage['approvers'][number];

/**
 * The workflow as copied into a submission when it is submitted (parse stored copies with this
 * schema). Later edits to the definition never reach it, so a submission finishes the route it
 * started on.
 */
export const workflowSnapshotSchema = z
  .object({
    /** The stages in order; approver emails are lowercase. */
    stages: z.array(workflowStageSchema).min(1),
    /** Resolved at submit time: `submitter` is false when the submitter left no email address. */
    notify: z.object({ submitter: z.boolean(), department: z.boolean() }).strict(),
    /** The consultation's contact address and the language its outcome emails are written in. */
    department: z.object({ email: z.email(), language: localeSchema }).strict(),
  })
  .strict();
export type WorkflowSnapshot = z.infer<typeof workflowSnapshotSchema>;

/** An ISO 8601 timestamp; the engine never reads the clock, time comes in with each event. */
const timestamp = z.iso.datetime({ offset: true });

const decisionRecordSchema = z
  .object({ decision: z.enum(DECISIONS), comment: z.string().optional(), at: timestamp })
  .strict();
export type DecisionRecord = z.infer<typeof decisionRecordSchema>;

/** A submission's place in its workflow, as stored with it (parse stored items with this schema). */
export const workflowStateSchema = z.discriminatedUnion('status', [
  z
    .object({
      status: z.literal('inStage'),
      /** Grows by one with every accepted event; writes are conditional on the version read. */
      version: z.int().min(1),
      stageId: z.string(),
      /** Grows by one every time a stage is entered, so decisions and links of an earlier visit are stale. */
      round: z.int().min(1),
      /** Keyed by the approver's lowercase email address. */
      decisions: z.record(z.string(), decisionRecordSchema),
      enteredAt: timestamp,
      remindedAt: timestamp.optional(),
    })
    .strict(),
  z
    .object({
      status: z.literal('sentBack'),
      version: z.int().min(1),
      stageId: z.string(),
      round: z.int().min(1),
      comment: z.string(),
      at: timestamp,
    })
    .strict(),
  z.object({ status: z.literal('approved'), version: z.int().min(1), at: timestamp }).strict(),
  z
    .object({
      status: z.literal('rejected'),
      version: z.int().min(1),
      stageId: z.string(),
      comment: z.string(),
      at: timestamp,
    })
    .strict(),
]);
export type WorkflowState = z.infer<typeof workflowStateSchema>;
export type FinalState = Extract<WorkflowState, { status: 'approved' | 'rejected' }>;
export type OpenState = Exclude<WorkflowState, FinalState>;

/** Something that happened to a submission; `at` is when. */
export type WorkflowEvent =
  | { type: 'submitted'; at: string }
  | {
      type: 'decided';
      stageId: string;
      /** The round the approver's link was issued for; a link of an earlier visit is refused. */
      round?: number;
      approver: string;
      decision: Decision;
      comment?: string;
      at: string;
    }
  | { type: 'resubmitted'; at: string }
  | { type: 'reminderDue'; stageId: string; at: string };

export type ApproverRecipient = {
  kind: 'approver';
  stageId: string;
  email: string;
  name: string;
  language: Locale;
};
export type SubmitterRecipient = { kind: 'submitter' };
export type DepartmentRecipient = { kind: 'department' };
/** The submitter's former address after a revision changed it: told once, and nothing else. */
export type PreviousAddressRecipient = { kind: 'previousAddress'; email: string };

/** An email to send; the caller renders it in the recipient's language and puts it in the outbox. */
export type EmailEffect = { type: 'email' } & (
  | {
      template: 'approvalRequested';
      to: ApproverRecipient;
      stageId: string;
      round: number;
      /** Set when a later stage rejected and returned the submission here. */
      returnedFrom?: { stageId: string; comment: string };
    }
  | { template: 'reminder'; to: ApproverRecipient; stageId: string; round: number }
  /** Also sent on resubmission after a send-back. */
  | { template: 'received'; to: SubmitterRecipient; stageId: string }
  /** `stageId` is the stage the submission moved on to. */
  | { template: 'advanced'; to: SubmitterRecipient; stageId: string }
  /** `stageId` is the earlier stage a rejection returned the submission to. */
  | { template: 'returned'; to: SubmitterRecipient; stageId: string }
  | { template: 'approved'; to: SubmitterRecipient }
  | { template: 'rejected'; to: SubmitterRecipient; stageId: string; comment: string }
  /** The caller adds the link that opens the form prefilled with the submitter's answers. */
  | { template: 'sentBack'; to: SubmitterRecipient; stageId: string; comment: string }
  /** A revision changed the submitter's address: the old one is told, without the new one or answers. */
  | { template: 'contactChanged'; to: PreviousAddressRecipient }
  | {
      template: 'outcome';
      to: DepartmentRecipient;
      outcome: 'approved' | 'rejected';
      stageId: string;
      comment?: string;
    }
  /**
   * The submitter had their personal data erased (`at`): the department learns that it happened,
   * never what was erased. Written by the erasure, not by the engine.
   */
  | { template: 'erased'; to: DepartmentRecipient; at: string }
);
export type EmailTemplate = EmailEffect['template'];

export type Actor =
  | { kind: 'submitter' }
  | { kind: 'approver'; stageId: string; email: string }
  | { kind: 'system' };

export type AuditEventName =
  | 'submitted'
  | 'decided'
  | 'advanced'
  | 'returned'
  | 'approved'
  | 'rejected'
  | 'sentBack'
  | 'resubmitted'
  | 'reminded'
  /** The submitter's personal data was erased on their request (written by the erasure, not the engine). */
  | 'erased';

/** An entry for the submission's audit trail. */
export type AuditEffect = {
  type: 'audit';
  event: AuditEventName;
  actor: Actor;
  stageId?: string;
  round?: number;
  decision?: Decision;
  comment?: string;
  at: string;
};

export type Effect = EmailEffect | AuditEffect;

/** Why an event was not accepted; expected, so a value rather than an exception. */
export type Refusal =
  /** The submission is approved or rejected; nothing changes it any more. */
  | 'final'
  /** `submitted` on a workflow that already started (use `start`). */
  | 'alreadyStarted'
  /** The event names a stage the submission is not in (it moved on, or it is sent back). */
  | 'wrongStage'
  /** The event names the right stage but an earlier visit of it. */
  | 'wrongRound'
  | 'notAnApprover'
  /** This approver already decided in this round of the stage. */
  | 'alreadyDecided'
  /** The stage does not offer this decision. */
  | 'decisionNotAllowed'
  /** Reject and send back need a comment. */
  | 'commentRequired'
  /** `resubmitted` while the submission is not sent back. */
  | 'notSentBack'
  /** `reminderDue` before `remindAfterDays` have passed since entering or the last reminder. */
  | 'notDue'
  /** `reminderDue` when every approver of the stage has decided. */
  | 'nothingDue';

export type Step = { ok: true; state: WorkflowState; effects: Effect[] } | { ok: false; reason: Refusal };
