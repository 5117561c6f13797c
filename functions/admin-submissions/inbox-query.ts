import * as z from 'zod';
import type { WorkflowStage } from '../../shared/definition/schema.ts';
import {
  INBOX_STATUS_LABELS,
  INBOX_STATUSES,
  type InboxErrors,
  type InboxFilter,
  STAGE_STATUSES,
} from '../../shared/views/admin/submissions/index.ts';

/** What the inbox was asked for: a filter and a page, or why the query cannot be served (400). */
export type InboxQuery =
  | { kind: 'ok'; filter: InboxFilter; cursor?: string | undefined }
  | { kind: 'invalid'; filter: InboxFilter; errors: InboxErrors };

// An empty select value ("All", "Any stage") is the same as leaving the parameter out.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const querySchema = z.object({
  status: optional(z.string()),
  stage: optional(z.string()),
  cursor: optional(z.string().max(4000)),
});

const statusSchema = z.enum(INBOX_STATUSES);

/**
 * Reads `?status=&stage=&cursor=` of the inbox. `stages` are the current definition's: a stage it
 * does not have, a status the inbox does not know, or a stage with a status that is not at a stage
 * is refused with a message naming what may be chosen. Whether a cursor is one of ours is for the
 * repository to say.
 */
export function parseInboxQuery(
  query: Record<string, string | undefined> | undefined,
  stages: readonly Pick<WorkflowStage, 'id'>[],
): InboxQuery {
  const parsed = querySchema.safeParse(query ?? {});
  if (!parsed.success) {
    return { kind: 'invalid', filter: { status: 'all' }, errors: { cursor: 'This page link is not valid.' } };
  }
  const { stage, cursor } = parsed.data;
  const status = statusSchema.safeParse(parsed.data.status ?? 'all');
  const errors: InboxErrors = {};
  if (!status.success) {
    const known = INBOX_STATUSES.map((s) => `“${INBOX_STATUS_LABELS[s]}”`).join(', ');
    errors.status = `There is no workflow status “${parsed.data.status}”. Choose one of ${known}.`;
  }
  const filterStatus = status.success ? status.data : 'all';
  if (stage !== undefined) {
    if (!stages.some((s) => s.id === stage)) {
      errors.stage =
        stages.length === 0
          ? `This consultation has no workflow stages, so there is no stage “${stage}”.`
          : `There is no stage “${stage}” in this consultation. Choose one of its stages or “Any stage”.`;
    } else if (status.success && !STAGE_STATUSES.has(filterStatus)) {
      errors.stage = 'A stage narrows only “In stage” and “Sent back”: choose one of them, or “Any stage”.';
    }
  }
  const filter: InboxFilter =
    filterStatus === 'all'
      ? { status: 'all' }
      : { status: filterStatus, ...(stage !== undefined && !errors.stage ? { stageId: stage } : {}) };
  if (errors.status || errors.stage) return { kind: 'invalid', filter, errors };
  return { kind: 'ok', filter, cursor };
}
