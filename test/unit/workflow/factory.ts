import type { Locale } from '../../../shared/i18n/locales.ts';
import { start, transition } from '../../../shared/workflow/engine.ts';
import type {
  Decision,
  Effect,
  WorkflowEvent,
  WorkflowSnapshot,
  WorkflowStage,
  WorkflowState,
} from '../../../shared/workflow/types.ts';

/** An approver of stage `stageId`, e.g. `a1@lenkung.example`. */
export const approver = (email: string, language: Locale = 'de') => ({
  email,
  name: `Name of ${email}`,
  language,
});

/** A stage with `count` approvers (`<id>1@hannover.example` …), rule `any` unless overridden. */
export function stage(id: string, count = 2, overrides: Partial<WorkflowStage> = {}): WorkflowStage {
  return {
    id,
    name: { de: `Stufe ${id}`, en: `Stage ${id}` },
    approvers: Array.from({ length: count }, (_, i) => approver(`${id}${i + 1}@hannover.example`)),
    rule: 'any',
    decisions: ['approve', 'reject', 'sendBack'],
    onReject: 'end',
    remindAfterDays: 3,
    ...overrides,
  };
}

export function snapshot(
  stages: WorkflowStage[],
  notify: Partial<WorkflowSnapshot['notify']> = {},
): WorkflowSnapshot {
  return {
    stages,
    notify: { submitter: true, department: true, ...notify },
    department: { email: 'integration@hannover.example', language: 'de' },
  };
}

const T0 = Date.parse('2026-12-01T09:00:00.000Z');

/** An ISO timestamp `hours` after the test's epoch. */
export const at = (hours = 0): string => new Date(T0 + hours * 3_600_000).toISOString();

/** Freezes a value and everything in it, so that a mutating engine throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Applies events one after another; every one must be accepted. */
export function run(
  snap: WorkflowSnapshot,
  ...events: WorkflowEvent[]
): { state: WorkflowState; effects: Effect[] } {
  let current: { state: WorkflowState; effects: Effect[] } = start(snap, at(0));
  for (const event of events) {
    const step = transition(snap, current.state, event);
    if (!step.ok) throw new Error(`refused ${event.type}: ${step.reason}`);
    current = step;
  }
  return current;
}

export const decided = (
  stageId: string,
  approver: string,
  decision: Decision = 'approve',
  comment?: string,
  hours = 1,
): Extract<WorkflowEvent, { type: 'decided' }> => ({
  type: 'decided',
  stageId,
  approver,
  decision,
  at: at(hours),
  ...(comment ? { comment } : {}),
});

export const emailsTo = (effects: Effect[], kind: 'approver' | 'submitter' | 'department') =>
  effects.flatMap((e) => (e.type === 'email' && e.to.kind === kind ? [e] : []));
export const auditEvents = (effects: Effect[]) =>
  effects.flatMap((e) => (e.type === 'audit' ? [e.event] : []));

export const twoStages = () => snapshot([stage('experts', 3), stage('steering', 2)]);
