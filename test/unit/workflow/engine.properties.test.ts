import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isFinal, start, transition } from '../../../shared/workflow/engine.ts';
import { whatIf } from '../../../shared/workflow/preview.ts';
import type {
  Decision,
  Effect,
  Step,
  WorkflowEvent,
  WorkflowSnapshot,
  WorkflowStage,
  WorkflowState,
} from '../../../shared/workflow/types.ts';
import { approver, at, deepFreeze } from './factory.ts';

// Random workflows (1–4 stages, any rule, onReject to any earlier stage) driven by random events.
// Events are drawn as intents and resolved against the current state, so that most of them are
// plausible (the current stage's approvers deciding) while wrong stages, strangers, stale rounds,
// missing comments and repeated decisions still occur.

const DECISIONS: Decision[] = ['approve', 'reject', 'sendBack'];

const stageArb = (index: number): fc.Arbitrary<WorkflowStage> =>
  fc.integer({ min: 1, max: 4 }).chain((count) =>
    fc.record({
      id: fc.constant(`s${index}`),
      name: fc.constant({ de: `Stufe ${index}` }),
      approvers: fc.constant(
        Array.from({ length: count }, (_, j) =>
          approver(`s${index}a${j}@hannover.example`, j % 2 ? 'tr' : 'de'),
        ),
      ),
      rule: fc.oneof(
        fc.constant('any' as const),
        fc.constant('all' as const),
        fc.constant('majority' as const),
        fc.integer({ min: 1, max: count }).map((quorum) => ({ quorum })),
      ),
      decisions: fc.constantFrom<Decision[]>(
        ['approve', 'reject', 'sendBack'],
        ['approve', 'reject', 'sendBack'],
        ['approve', 'reject'],
        ['approve', 'sendBack'],
        ['approve'],
      ),
      onReject:
        index === 0
          ? fc.constant('end' as const)
          : fc.oneof(
              { weight: 1, arbitrary: fc.constant('end' as const) },
              {
                weight: 2,
                arbitrary: fc.integer({ min: 0, max: index - 1 }).map((i) => ({ returnTo: `s${i}` })),
              },
            ),
      remindAfterDays: fc.integer({ min: 1, max: 3 }),
    }),
  );

const snapshotArb: fc.Arbitrary<WorkflowSnapshot> = fc
  .integer({ min: 1, max: 4 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => stageArb(i))))
  .chain((stages) =>
    fc.record({
      stages: fc.constant(stages),
      notify: fc.record({ submitter: fc.boolean(), department: fc.boolean() }),
      department: fc.constant({ email: 'integration@hannover.example', language: 'de' as const }),
    }),
  );

type Intent =
  | {
      kind: 'decide';
      /** 0–5: the current stage; 6: another stage; 7: an unknown stage. */
      stage: number;
      /** 0–5: an approver of the chosen stage; 6: a stranger. */
      approver: number;
      upperCase: boolean;
      decision: Decision;
      comment: 'none' | 'blank' | 'text';
      round: 'none' | 'current' | 'stale';
    }
  | { kind: 'resubmit' }
  | { kind: 'remind'; current: boolean }
  | { kind: 'submit' };

const intentArb: fc.Arbitrary<{ intent: Intent; hours: number }> = fc.record({
  hours: fc.integer({ min: 0, max: 60 }),
  intent: fc.oneof(
    {
      weight: 8,
      arbitrary: fc.record({
        kind: fc.constant('decide' as const),
        stage: fc.integer({ min: 0, max: 7 }),
        approver: fc.integer({ min: 0, max: 6 }),
        upperCase: fc.boolean(),
        decision: fc.constantFrom(...DECISIONS, 'approve', 'approve'),
        comment: fc.constantFrom('none', 'blank', 'text', 'text'),
        round: fc.constantFrom('none', 'current', 'current', 'current', 'stale'),
      }),
    },
    { weight: 2, arbitrary: fc.constant({ kind: 'resubmit' as const }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('remind' as const), current: fc.boolean() }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'submit' as const }) },
  ),
});

function resolve(snap: WorkflowSnapshot, state: WorkflowState, intent: Intent, time: string): WorkflowEvent {
  const current = 'stageId' in state ? state.stageId : undefined;
  const currentIndex = Math.max(
    0,
    snap.stages.findIndex((s) => s.id === current),
  );
  switch (intent.kind) {
    case 'decide': {
      const index = intent.stage <= 5 ? currentIndex : (currentIndex + 1) % snap.stages.length;
      const target = snap.stages[index] as WorkflowStage;
      const stageId = intent.stage === 7 ? 'unknown' : target.id;
      const picked = target.approvers[intent.approver % target.approvers.length];
      let email = intent.approver === 6 || !picked ? 'stranger@hannover.example' : picked.email;
      if (intent.upperCase) email = email.toUpperCase();
      const round = 'round' in state ? state.round : 1;
      return {
        type: 'decided',
        stageId,
        approver: email,
        decision: intent.decision,
        at: time,
        ...(intent.comment === 'none' ? {} : { comment: intent.comment === 'blank' ? ' ' : 'Begründung' }),
        ...(intent.round === 'none' ? {} : { round: intent.round === 'current' ? round : round - 1 }),
      };
    }
    case 'resubmit':
      return { type: 'resubmitted', at: time };
    case 'remind': {
      const other = snap.stages[(currentIndex + 1) % snap.stages.length] as WorkflowStage;
      return { type: 'reminderDue', stageId: intent.current ? (current ?? 's0') : other.id, at: time };
    }
    case 'submit':
      return { type: 'submitted', at: time };
  }
}

type Trace = { event: WorkflowEvent; before: WorkflowState; step: Step }[];

/** Runs one random scenario; the snapshot and every state are frozen, so mutation would throw. */
function play(
  snap: WorkflowSnapshot,
  intents: { intent: Intent; hours: number }[],
): { first: Step; trace: Trace } {
  deepFreeze(snap);
  const first = start(snap, at(0));
  if (!first.ok) throw new Error('start refused');
  let state = deepFreeze(first.state);
  let hours = 0;
  const trace: Trace = [];
  for (const { intent, hours: delta } of intents) {
    hours += delta;
    const event = resolve(snap, state, intent, at(hours));
    const step = transition(snap, state, event);
    trace.push({ event, before: state, step });
    if (step.ok) state = deepFreeze(step.state);
  }
  return { first, trace };
}

const stageOf = (snap: WorkflowSnapshot, id: string) => snap.stages.find((s) => s.id === id) as WorkflowStage;
const nextStageOf = (snap: WorkflowSnapshot, id: string) =>
  snap.stages[snap.stages.findIndex((s) => s.id === id) + 1];

const scenario = fc.tuple(snapshotArb, fc.array(intentArb, { maxLength: 40, size: 'max' }));
/** Workflows where every later stage returns rejections to an earlier one, so returns are frequent. */
const returning = fc.tuple(
  snapshotArb.chain((snap) =>
    fc
      .tuple(...snap.stages.map((_, i) => fc.integer({ min: 0, max: Math.max(0, i - 1) })))
      .map((targets) => ({
        ...snap,
        stages: snap.stages.map((stage, i) => ({
          ...stage,
          // The first stage cannot return; letting it only approve moves submissions on to those that can.
          decisions: (i === 0 ? ['approve'] : ['approve', 'reject']) as Decision[],
          onReject: i === 0 ? ('end' as const) : { returnTo: `s${targets[i]}` },
        })),
      })),
  ),
  fc.array(intentArb, { maxLength: 40, size: 'max' }),
);
const RUNS = { numRuns: 400 };

type Counts = { approve: number; reject: number; sendBack: number; pending: number };

/** The rule as README and forms/README state it, written apart from rule.ts so each checks the other. */
function ruleMet(stage: WorkflowStage, approvals: number): boolean {
  const n = stage.approvers.length;
  if (stage.rule === 'any') return approvals >= 1;
  if (stage.rule === 'all') return approvals === n;
  if (stage.rule === 'majority') return 2 * approvals > n;
  return approvals >= stage.rule.quorum;
}

/** Approved when the rule is met; against once it can no longer be met (even if the rest approved). */
function expectedOutcome(stage: WorkflowStage, c: Counts): 'open' | 'approved' | 'rejected' | 'sentBack' {
  if (ruleMet(stage, c.approve)) return 'approved';
  if (ruleMet(stage, c.approve + c.pending)) return 'open';
  return c.sendBack >= c.reject ? 'sentBack' : 'rejected';
}

/** One stage (then a second one, so advancing is visible) and a sequence of its approvers deciding. */
const ruleScenario = fc.integer({ min: 1, max: 9 }).chain((count) =>
  fc.record({
    count: fc.constant(count),
    rule: fc.oneof(
      fc.constant('any' as const),
      fc.constant('all' as const),
      fc.constant('majority' as const),
      fc.integer({ min: 1, max: count }).map((quorum) => ({ quorum })),
    ),
    onReject: fc.constantFrom('end' as const, 'back' as const),
    last: fc.boolean(),
    order: fc.shuffledSubarray(
      Array.from({ length: count }, (_, i) => i),
      { minLength: 0, maxLength: count },
    ),
    decisions: fc.array(fc.constantFrom<Decision>('approve', 'reject', 'sendBack'), {
      minLength: count,
      maxLength: count,
    }),
  }),
);

describe('workflow engine properties', () => {
  it('never leaves a final state', () => {
    fc.assert(
      fc.property(scenario, ([snap, intents]) => {
        for (const { before, step } of play(snap, intents).trace)
          if (isFinal(before)) expect(step).toEqual({ ok: false, reason: 'final' });
      }),
      RUNS,
    );
  });

  it('raises the version by exactly one on every accepted event', () => {
    fc.assert(
      fc.property(scenario, ([snap, intents]) => {
        const { first, trace } = play(snap, intents);
        expect(first.ok && first.state.version).toBe(1);
        for (const { before, step } of trace)
          if (step.ok) expect(step.state.version).toBe(before.version + 1);
      }),
      RUNS,
    );
  });

  it.each([
    ['random workflows', scenario],
    ['workflows that return rejections', returning],
  ])(
    'counts an approver once per stage round and moves exactly as the rule and onReject say (%s)',
    (_, scenario) => {
      fc.assert(
        fc.property(scenario, ([snap, intents]) => {
          for (const { before, event, step } of play(snap, intents).trace) {
            if (!step.ok || event.type !== 'decided' || before.status !== 'inStage') continue;
            const stage = stageOf(snap, before.stageId);
            const email = event.approver.trim().toLowerCase();
            // Accepted only from an approver of the stage who has not decided in this round.
            expect(stage.approvers.map((a) => a.email)).toContain(email);
            expect(Object.keys(before.decisions)).not.toContain(email);
            expect(stage.decisions).toContain(event.decision);
            const after = step.state;
            const count = (decisions: Readonly<Record<string, { decision: Decision }>>, d: Decision) =>
              stage.approvers.filter((a) => decisions[a.email]?.decision === d).length;
            const all = { ...before.decisions, [email]: { decision: event.decision, at: event.at } };
            const tally = {
              approve: count(all, 'approve'),
              reject: count(all, 'reject'),
              sendBack: count(all, 'sendBack'),
              pending: stage.approvers.filter((a) => !Object.hasOwn(all, a.email)).length,
            };
            const expected = expectedOutcome(stage, tally);
            const next = nextStageOf(snap, stage.id);
            if (expected === 'open')
              expect(after).toMatchObject({ status: 'inStage', stageId: stage.id, round: before.round });
            else if (expected === 'approved' && next)
              expect(after).toMatchObject({
                status: 'inStage',
                stageId: next.id,
                round: before.round + 1,
                decisions: {},
              });
            else if (expected === 'approved') expect(after.status).toBe('approved');
            else if (expected === 'sentBack')
              expect(after).toMatchObject({ status: 'sentBack', stageId: stage.id, round: before.round });
            else if (stage.onReject === 'end')
              expect(after).toMatchObject({ status: 'rejected', stageId: stage.id });
            else
              expect(after).toMatchObject({
                status: 'inStage',
                stageId: stage.onReject.returnTo,
                round: before.round + 1,
                decisions: {},
              });
          }
        }),
        RUNS,
      );
    },
  );

  it('decides every rule both ways: exactly when it is met or can no longer be met, never before, never both', () => {
    fc.assert(
      fc.property(ruleScenario, ({ count, rule, onReject, last, order, decisions }) => {
        const ruled: WorkflowStage = {
          id: 'b',
          name: { de: 'Stufe b' },
          approvers: Array.from({ length: count }, (_, i) => approver(`b${i}@hannover.example`)),
          rule,
          decisions: ['approve', 'reject', 'sendBack'],
          onReject: onReject === 'end' ? 'end' : { returnTo: 'a' },
          remindAfterDays: 3,
        };
        const first: WorkflowStage = {
          ...ruled,
          id: 'a',
          approvers: [approver('a0@hannover.example')],
          rule: 'any',
        };
        const after: WorkflowStage = {
          ...ruled,
          id: 'c',
          approvers: [approver('c0@hannover.example')],
          rule: 'any',
        };
        const snap = deepFreeze({
          stages: last ? [first, ruled] : [first, ruled, after],
          notify: { submitter: true, department: true },
          department: { email: 'integration@hannover.example', language: 'de' as const },
        });
        const started = start(snap, at(0));
        const entered = transition(snap, started.state, {
          type: 'decided',
          stageId: 'a',
          approver: 'a0@hannover.example',
          decision: 'approve',
          at: at(1),
        });
        if (!entered.ok) throw new Error('the first stage did not advance');
        let state = entered.state;
        const counts: Counts = { approve: 0, reject: 0, sendBack: 0, pending: count };
        let decided = false;
        order.forEach((index, k) => {
          const decision = decisions[index] as Decision;
          const step = transition(snap, state, {
            type: 'decided',
            stageId: 'b',
            approver: `b${index}@hannover.example`,
            decision,
            comment: `Grund ${k}`,
            at: at(2 + k),
          });
          if (decided) {
            // Once the rule has decided, the round is over: later decisions change nothing.
            expect(step.ok).toBe(false);
            return;
          }
          counts[decision]++;
          counts.pending--;
          const met = ruleMet(ruled, counts.approve);
          const unreachable = !ruleMet(ruled, counts.approve + counts.pending);
          expect(met && unreachable).toBe(false);
          if (!step.ok) throw new Error(`refused: ${step.reason}`);
          const outcome = expectedOutcome(ruled, counts);
          if (outcome === 'open') {
            expect(step.state).toMatchObject({ status: 'inStage', stageId: 'b', round: 2 });
          } else if (outcome === 'approved') {
            expect(step.state).toMatchObject(
              last ? { status: 'approved' } : { status: 'inStage', stageId: 'c' },
            );
          } else if (outcome === 'sentBack') {
            expect(step.state).toMatchObject({ status: 'sentBack', stageId: 'b', round: 2 });
          } else if (onReject === 'end') {
            expect(step.state).toMatchObject({ status: 'rejected', stageId: 'b' });
          } else {
            expect(step.state).toMatchObject({ status: 'inStage', stageId: 'a', round: 3, decisions: {} });
          }
          decided = outcome !== 'open';
          state = step.state;
        });
        // When every approver has decided, the rule has decided one way or the other.
        if (order.length === count) expect(decided).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('previews each decision exactly as the engine then applies it', () => {
    fc.assert(
      fc.property(scenario, ([snap, intents]) => {
        const { first, trace } = play(snap, intents);
        const states = [
          ...(first.ok ? [first.state] : []),
          ...trace.flatMap((t) => (t.step.ok ? [t.step.state] : [])),
        ];
        for (const state of states) {
          if (state.status !== 'inStage') continue;
          const stage = stageOf(snap, state.stageId);
          for (const person of stage.approvers)
            for (const decision of DECISIONS) {
              const preview = whatIf(snap, state, person.email, decision);
              const step = transition(snap, state, {
                type: 'decided',
                stageId: state.stageId,
                round: state.round,
                approver: person.email,
                decision,
                comment: 'Begründung',
                at: at(100),
              });
              if (!step.ok) {
                expect(preview).toEqual({ ok: false, reason: step.reason });
                continue;
              }
              if (!preview.ok) throw new Error(`preview refused: ${preview.reason}`);
              const after = step.state;
              const kind = preview.effect.kind;
              if (kind === 'counted')
                expect(after).toMatchObject({
                  status: 'inStage',
                  stageId: state.stageId,
                  round: state.round,
                });
              else if (kind === 'advanced' || kind === 'returned') {
                expect(after).toMatchObject({ status: 'inStage', stageId: preview.effect.stageId });
                const index = (id: string) => snap.stages.findIndex((s) => s.id === id);
                expect(index(preview.effect.stageId) > index(state.stageId)).toBe(kind === 'advanced');
              } else expect(after.status).toBe(kind);
            }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a second decision of the same approver in the same round', () => {
    fc.assert(
      fc.property(scenario, ([snap, intents]) => {
        for (const { before, event, step } of play(snap, intents).trace) {
          if (event.type !== 'decided' || before.status !== 'inStage' || event.stageId !== before.stageId)
            continue;
          if (event.round !== undefined && event.round !== before.round) continue;
          if (Object.hasOwn(before.decisions, event.approver.toLowerCase()))
            expect(step).toEqual({ ok: false, reason: 'alreadyDecided' });
        }
      }),
      RUNS,
    );
  });

  it('emails only approvers of the stage in question, and asks every approver of a stage it enters', () => {
    fc.assert(
      fc.property(scenario, ([snap, intents]) => {
        const { first, trace } = play(snap, intents);
        const steps: { before?: WorkflowState; effects: Effect[]; after: WorkflowState }[] = [];
        if (first.ok) steps.push({ effects: first.effects, after: first.state });
        for (const { before, step } of trace)
          if (step.ok) steps.push({ before, effects: step.effects, after: step.state });
        for (const { before, effects, after } of steps) {
          for (const effect of effects) {
            if (effect.type !== 'email') continue;
            if (effect.template !== 'approvalRequested' && effect.template !== 'reminder') {
              expect(effect.to.kind).not.toBe('approver');
              continue;
            }
            expect(effect.to.stageId).toBe(effect.stageId);
            expect(stageOf(snap, effect.stageId).approvers.map((a) => a.email)).toContain(effect.to.email);
          }
          const requests = effects.filter((e) => e.type === 'email' && e.template === 'approvalRequested');
          const entered =
            after.status === 'inStage' && (!before || !('round' in before) || before.round !== after.round);
          if (entered && after.status === 'inStage') {
            expect(requests).toHaveLength(stageOf(snap, after.stageId).approvers.length);
            expect(requests.every((e) => e.type === 'email' && e.stageId === after.stageId)).toBe(true);
          } else expect(requests).toEqual([]);
        }
      }),
      RUNS,
    );
  });

  it('notifies submitter and department only as the snapshot says, and the department only at the end', () => {
    fc.assert(
      fc.property(scenario, ([snap, intents]) => {
        const { first, trace } = play(snap, intents);
        const steps = [first, ...trace.map((t) => t.step)].flatMap((s) => (s.ok ? [s] : []));
        for (const { state, effects } of steps) {
          const kinds = effects.flatMap((e) => (e.type === 'email' ? [e.to.kind] : []));
          if (!snap.notify.submitter) expect(kinds).not.toContain('submitter');
          expect(kinds.includes('department')).toBe(snap.notify.department && isFinal(state));
        }
      }),
      RUNS,
    );
  });

  it('is deterministic: the same inputs give deep-equal outputs', () => {
    fc.assert(
      fc.property(scenario, ([snap, intents]) => {
        expect(play(structuredClone(snap), intents)).toEqual(play(structuredClone(snap), intents));
      }),
      { numRuns: 100 },
    );
  });
});
