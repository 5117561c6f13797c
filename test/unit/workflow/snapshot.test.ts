import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseDefinitionYaml } from '../../../shared/definition/load.ts';
import type { Consultation } from '../../../shared/definition/schema.ts';
import { start, transition } from '../../../shared/workflow/engine.ts';
import { snapshotWorkflow } from '../../../shared/workflow/snapshot.ts';
import { workflowSnapshotSchema, workflowStateSchema } from '../../../shared/workflow/types.ts';
import { at } from './factory.ts';

const EXAMPLE = new URL('../../../forms/massnahmen-vorschlag.yaml', import.meta.url);

async function proposal(): Promise<Consultation> {
  const result = parseDefinitionYaml(await readFile(EXAMPLE, 'utf8'), 'massnahmen-vorschlag.yaml');
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.definition;
}

/** The example with its workflow changed by `edit` (a copy; the example stays as it is). */
async function proposalWith(edit: (definition: Consultation) => void): Promise<Consultation> {
  const definition = await proposal();
  edit(definition);
  return definition;
}

describe('snapshotWorkflow', () => {
  it('copies the measure proposal’s three stages with their rules', async () => {
    const snap = snapshotWorkflow(await proposal(), { submitterHasEmail: true });
    expect(snap?.stages.map((s) => [s.id, s.rule, s.approvers.length])).toEqual([
      ['expertengruppe', { quorum: 2 }, 3],
      ['lenkungsgruppe', 'any', 2],
      ['internationaler-ausschuss', 'any', 2],
    ]);
    expect(snap?.department).toEqual({ email: 'integration@hannover-stadt.de', language: 'de' });
    expect(snap?.notify).toEqual({ submitter: true, department: true });
  });

  it('is undefined for a consultation without a workflow', async () => {
    const definition = await proposalWith((d) => {
      delete d.workflow;
    });
    expect(snapshotWorkflow(definition, { submitterHasEmail: true })).toBeUndefined();
  });

  it('stores approver addresses in lowercase', async () => {
    const definition = await proposalWith((d) => {
      const first = d.workflow?.stages[0]?.approvers[0];
      if (first) first.email = 'Expertin.A@Hannover.Example';
    });
    const snap = snapshotWorkflow(definition, { submitterHasEmail: true });
    expect(snap?.stages[0]?.approvers[0]?.email).toBe('expertin.a@hannover.example');
  });

  it('does not notify a submitter who left no address, nor one the workflow leaves out', async () => {
    expect(snapshotWorkflow(await proposal(), { submitterHasEmail: false })?.notify.submitter).toBe(false);
    const quiet = await proposalWith((d) => {
      if (d.workflow) d.workflow.notify.submitter = false;
    });
    expect(snapshotWorkflow(quiet, { submitterHasEmail: true })?.notify.submitter).toBe(false);
  });

  it('notifies the submitter by default when the form has an email field', async () => {
    const unset = await proposalWith((d) => {
      if (d.workflow) delete d.workflow.notify.submitter;
    });
    expect(snapshotWorkflow(unset, { submitterHasEmail: true })?.notify.submitter).toBe(true);
  });

  it('is not rerouted by later edits to the definition', async () => {
    // Prepare
    const definition = await proposal();
    const snap = snapshotWorkflow(definition, { submitterHasEmail: true });
    if (!snap) throw new Error('expected a workflow');
    const { state } = start(snap, at(0));
    // Act: the department drops the expert stage and renames approvers after the submission.
    definition.workflow?.stages.shift();
    const lenkung = definition.workflow?.stages[0]?.approvers[0];
    if (lenkung) lenkung.email = 'neu@hannover.example';
    // Assess
    expect(snap.stages.map((s) => s.id)).toEqual([
      'expertengruppe',
      'lenkungsgruppe',
      'internationaler-ausschuss',
    ]);
    const step = transition(snap, state, {
      type: 'decided',
      stageId: 'expertengruppe',
      approver: 'expertin.a@hannover.example',
      decision: 'approve',
      at: at(1),
    });
    expect(step.ok).toBe(true);
  });

  it('survives a round trip through storage and parses back with its schema', async () => {
    const snap = snapshotWorkflow(await proposal(), { submitterHasEmail: true });
    const stored = JSON.parse(JSON.stringify(snap));
    expect(workflowSnapshotSchema.parse(stored)).toEqual(snap);
  });
});

describe('workflowStateSchema', () => {
  it('parses every state the engine produces and rejects a state without a version', async () => {
    const snap = snapshotWorkflow(await proposal(), { submitterHasEmail: true });
    if (!snap) throw new Error('expected a workflow');
    const { state } = start(snap, at(0));
    const sentBack = transition(snap, state, {
      type: 'decided',
      stageId: 'expertengruppe',
      approver: 'experte.b@hannover.example',
      decision: 'sendBack',
      comment: 'Bitte ergänzen Sie, wer die Maßnahme umsetzt.',
      at: at(2),
    });
    for (const s of [state, sentBack.ok ? sentBack.state : undefined])
      expect(workflowStateSchema.parse(JSON.parse(JSON.stringify(s)))).toEqual(s);
    const { version: _, ...unversioned } = state;
    expect(workflowStateSchema.safeParse(unversioned).success).toBe(false);
  });
});
