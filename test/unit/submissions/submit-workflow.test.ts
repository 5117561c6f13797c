import { describe, expect, it } from 'vitest';
import type { FormBody } from '../../../shared/answers/types.ts';
import type { CounterIncrements, PutSubmissionResult } from '../../../shared/storage/repository-types.ts';
import type { Submission } from '../../../shared/storage/types.ts';
import { submitAnswers } from '../../../shared/submissions/submit.ts';
import type { Effect } from '../../../shared/workflow/types.ts';
import { aConsultation, aConsultationWithWorkflow, WHILE_OPEN } from '../../support/consultation-factory.ts';
import { participationKeyring, signedFormId } from '../../support/form-ids.ts';

/** Submits one form and returns what reached putSubmissionOnce. */
async function submitted(definition = aConsultationWithWorkflow('unit-wf'), extra: FormBody = {}) {
  const calls: { submission: Submission; counters: CounterIncrements; effects: readonly Effect[] }[] = [];
  const repository = {
    async putSubmissionOnce(
      submission: Submission,
      counters: CounterIncrements,
      effects: readonly Effect[] = [],
    ) {
      calls.push({ submission, counters, effects });
      return { stored: true } satisfies PutSubmissionResult;
    },
  };
  const published = { definition, version: 'aaaaaaaaaaaa' };
  const definitions = { bySlug: async () => published, version: async () => undefined };
  const body = { _sid: signedFormId(published, WHILE_OPEN), name_choice: 'zusammen', ...extra };
  await submitAnswers(
    { repository, definitions, participationKeyring, now: () => WHILE_OPEN },
    { slug: definition.slug, body },
  );
  const [call] = calls;
  if (!call) throw new Error('nothing stored');
  return call;
}

describe('submitAnswers with a workflow', () => {
  it('starts the workflow in its first stage and hands its effects to the same write', async () => {
    const { submission, effects } = await submitted(undefined, { email: 'amira@example.org' });

    expect(submission.workflow?.state).toEqual({
      status: 'inStage',
      version: 1,
      stageId: 'experts',
      round: 1,
      decisions: {},
      enteredAt: WHILE_OPEN.toISOString(),
    });
    expect(submission.workflow?.snapshot.notify.submitter).toBe(true);
    expect(effects.map((e) => (e.type === 'email' ? e.template : e.event))).toEqual([
      'submitted',
      'received',
      'approvalRequested',
      'approvalRequested',
      'approvalRequested',
    ]);
  });

  it('sends one email at submit: the requested copy replaces the workflow receipt', async () => {
    const { submission, effects } = await submitted(undefined, { email: 'amira@example.org', _copy: 'yes' });

    expect(submission.copyTo).toBe('amira@example.org');
    expect(effects.filter((e) => e.type === 'email').map((e) => e.template)).toEqual([
      'approvalRequested',
      'approvalRequested',
      'approvalRequested',
    ]);
  });

  it('tells no submitter when the form was sent without an email address', async () => {
    const { submission, effects } = await submitted();

    expect(submission.workflow?.snapshot.notify.submitter).toBe(false);
    expect(effects.some((e) => e.type === 'email' && e.to.kind === 'submitter')).toBe(false);
  });

  it('stores a submission without a workflow as before', async () => {
    const { submission, effects } = await submitted(aConsultation('unit-no-wf'));

    expect(submission.workflow).toBeUndefined();
    expect(effects).toEqual([]);
  });
});
