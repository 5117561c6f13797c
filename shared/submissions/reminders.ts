import type { Repository } from '../storage/repository-types.ts';
import type { DueReminder } from '../storage/types.ts';
import { transition } from '../workflow/engine.ts';
import { applyStep, inWorkflow } from './apply-step.ts';

export interface ReminderDeps {
  repository: Pick<Repository, 'listDueReminders' | 'getSubmission' | 'applyTransition'>;
}

/** What one sweep did; `skipped` entries are looked at again by the next sweep if still due. */
export interface ReminderSweep {
  /** Submissions whose pending approvers were reminded (one outbox email each). */
  reminded: number;
  /** Due entries that needed nothing after all (stale index, moved on, or another step won the race). */
  skipped: number;
  /** Whether `limit` entries were due, so more may be waiting for the next sweep. */
  more: boolean;
}

/**
 * Reminds the pending approvers of every submission whose reminder is due at `now` (at most
 * `limit`): for each, reads the submission, steps the engine with `reminderDue` and applies the step
 * conditional on the version read. The engine refuses a reminder that is not due (`notDue`) and the
 * step moves the due time one interval on, so a submission is reminded at most once per interval
 * however often the sweep runs; a step that loses a race is skipped, never retried here.
 */
export async function sendDueReminders(
  deps: ReminderDeps,
  options: { now: Date; limit: number },
): Promise<ReminderSweep> {
  const due = await deps.repository.listDueReminders(options.now, options.limit);
  const sweep: ReminderSweep = { reminded: 0, skipped: 0, more: due.length >= options.limit };
  // One by one: a sweep is small and hourly, and each step is its own transaction anyway.
  for (const entry of due) {
    if (await remindOne(deps, entry, options.now)) sweep.reminded++;
    else sweep.skipped++;
  }
  return sweep;
}

async function remindOne(deps: ReminderDeps, entry: DueReminder, now: Date): Promise<boolean> {
  const { repository } = deps;
  const { consultationId, submissionId } = entry;
  const submission = await repository.getSubmission(consultationId, submissionId);
  // Gone (retention ended before the reminder item's TTL) or not in a stage: the index was stale.
  if (!inWorkflow(submission) || submission.workflow.state.status !== 'inStage') return false;
  const { snapshot, state } = submission.workflow;
  const step = transition(snapshot, state, {
    type: 'reminderDue',
    stageId: state.stageId,
    at: now.toISOString(),
  });
  if (!step.ok) return false;
  const result = await applyStep(repository, submission, step, { now });
  return result.kind === 'applied';
}
