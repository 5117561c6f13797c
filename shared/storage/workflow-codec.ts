import * as z from 'zod';
import { DECISIONS } from '../definition/workflow-schema.ts';
import { workflowSnapshotSchema, workflowStateSchema } from '../workflow/types.ts';
import type { AuditEvent, RecordedDecision } from './types.ts';

/** Schemas of the workflow's items in the table (audit events, decision markers, the submission's workflow). */

/** A submission's `workflow` attribute: the engine's own schemas, so a stored state is never cast. */
export const submissionWorkflowSchema = z.object({
  snapshot: workflowSnapshotSchema,
  state: workflowStateSchema,
});

const actorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('submitter') }),
  z.object({ kind: z.literal('approver'), stageId: z.string(), email: z.string() }),
  z.object({ kind: z.literal('system') }),
]);

const AUDIT_EVENTS = [
  'submitted',
  'decided',
  'advanced',
  'returned',
  'approved',
  'rejected',
  'sentBack',
  'resubmitted',
  'reminded',
  'erased',
] as const satisfies readonly AuditEvent['event'][];

/** An audit event item (keys, `kind` and `expiresAt` are dropped). */
export const auditEventSchema = z.object({
  consultationId: z.string(),
  submissionId: z.string(),
  version: z.int().min(1),
  event: z.enum(AUDIT_EVENTS),
  actor: actorSchema,
  stageId: z.string().optional(),
  round: z.int().optional(),
  decision: z.enum(DECISIONS).optional(),
  comment: z.string().optional(),
  at: z.string(),
}) satisfies z.ZodType<AuditEvent>;

/** A decision marker item. */
export const recordedDecisionSchema = z.object({
  stageId: z.string(),
  round: z.int(),
  approver: z.string(),
  decision: z.enum(DECISIONS),
  comment: z.string().optional(),
  at: z.string(),
}) satisfies z.ZodType<RecordedDecision>;
