import { describe, expect, it } from 'vitest';
import { type DefinitionError, parseDefinitionYaml } from '../../../shared/definition/load.ts';
import { definition, positionOf, t, textField, yamlOf } from './factory.ts';

const approver = (email: string, language = 'de') => ({ email, name: `Name ${email}`, language });
const stage = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: t(`Stufe ${id}`),
  approvers: [approver(`${id}.1@hannover.example`), approver(`${id}.2@hannover.example`, 'en')],
  rule: 'any',
  ...extra,
});
const emailField = { type: 'email', id: 'email', label: t('E-Mail') };
const withWorkflow = (workflow: Record<string, unknown>, fields?: unknown[]) =>
  definition({ workflow, ...(fields ? { fields } : {}) });

function errorsOf(text: string): DefinitionError[] {
  const result = parseDefinitionYaml(text, 'form.yaml');
  return result.ok ? [] : result.errors;
}
const problems = (value: Record<string, unknown>) =>
  errorsOf(yamlOf(value)).map(({ path, message }) => ({ path, message }));

describe('workflow schema', () => {
  it('accepts a workflow and fills in the defaults', () => {
    const result = parseDefinitionYaml(
      yamlOf(withWorkflow({ stages: [stage('experts'), stage('steering')] })),
      'form.yaml',
    );
    expect(result.ok && result.definition.workflow).toEqual({
      stages: [
        expect.objectContaining({
          id: 'experts',
          decisions: ['approve', 'reject', 'sendBack'],
          onReject: 'end',
          remindAfterDays: 3,
        }),
        expect.objectContaining({ id: 'steering' }),
      ],
      notify: { department: true },
    });
  });

  it('locates a quorum larger than the stage at its line and column', () => {
    const text = yamlOf(withWorkflow({ stages: [stage('experts', { rule: { quorum: 4 } })] }));
    const key = positionOf(text, 'quorum: 4');
    expect(errorsOf(text)).toEqual([
      {
        file: 'form.yaml',
        line: key.line,
        column: key.column + 'quorum: '.length,
        path: 'workflow.stages[0].rule.quorum',
        message: 'quorum 4 needs at least 4 approvers; this stage has 2',
      },
    ]);
  });

  it('locates an unknown stage reference and lists the stages it may name', () => {
    const text = yamlOf(
      withWorkflow({
        stages: [
          stage('experts'),
          stage('steering'),
          stage('committee', { onReject: { returnTo: 'expert' } }),
        ],
      }),
    );
    expect(errorsOf(text)).toEqual([
      {
        file: 'form.yaml',
        ...positionOf(text, 'expert\n'),
        path: 'workflow.stages[2].onReject.returnTo',
        message: '"expert" is not the id of a stage; allowed: "experts", "steering"',
      },
    ]);
  });

  it('locates an empty approver list', () => {
    const text = yamlOf(withWorkflow({ stages: [stage('experts', { approvers: [] })] }));
    expect(errorsOf(text)).toEqual([
      {
        file: 'form.yaml',
        ...positionOf(text, 'approvers'),
        path: 'workflow.stages[0].approvers',
        message: 'needs at least one approver',
      },
    ]);
  });

  it.each([
    [
      'a quorum below 1',
      withWorkflow({ stages: [stage('a', { rule: { quorum: 0 } })] }),
      'workflow.stages[0].rule.quorum',
      'must be at least 1',
    ],
    [
      'an unknown rule',
      withWorkflow({ stages: [stage('a', { rule: 'most' })] }),
      'workflow.stages[0].rule',
      '"most" is not allowed; allowed: any, all, majority or a block like { quorum: 2 }',
    ],
    [
      'a missing rule',
      withWorkflow({ stages: [stage('a', { rule: undefined })] }),
      'workflow.stages[0].rule',
      'is missing; it must be any, all, majority or a block like { quorum: 2 }',
    ],
    [
      'a misspelt quorum',
      withWorkflow({ stages: [stage('a', { rule: { quorom: 2, quorum: 1 } })] }),
      'workflow.stages[0].rule.quorom',
      'unknown key "quorom"; allowed keys: quorum',
    ],
    [
      'an unknown onReject',
      withWorkflow({ stages: [stage('a', { onReject: 'stop' })] }),
      'workflow.stages[0].onReject',
      '"stop" is not allowed; allowed: end or a block like { returnTo: <id of an earlier stage> }',
    ],
    [
      'a return to a later stage',
      withWorkflow({ stages: [stage('a'), stage('b', { onReject: { returnTo: 'c' } }), stage('c')] }),
      'workflow.stages[1].onReject.returnTo',
      '"c" is not an earlier stage; allowed: "a"',
    ],
    [
      'a return to the stage itself',
      withWorkflow({ stages: [stage('a'), stage('b', { onReject: { returnTo: 'b' } })] }),
      'workflow.stages[1].onReject.returnTo',
      '"b" is not an earlier stage; allowed: "a"',
    ],
    [
      'a return from the first stage',
      withWorkflow({ stages: [stage('a', { onReject: { returnTo: 'a' } })] }),
      'workflow.stages[0].onReject.returnTo',
      '"a": the first stage has no earlier stage to return to; use "onReject: end"',
    ],
    [
      'two stages with one id',
      withWorkflow({ stages: [stage('a'), stage('a')] }),
      'workflow.stages[1].id',
      '"a" is used by another stage; stage ids must be unique',
    ],
    ['no stages', withWorkflow({ stages: [] }), 'workflow.stages', 'needs at least one stage'],
    [
      'an approver listed twice in other letter case',
      withWorkflow({
        stages: [
          stage('a', { approvers: [approver('Anna@hannover.example'), approver('anna@hannover.example')] }),
        ],
      }),
      'workflow.stages[0].approvers[1].email',
      '"anna@hannover.example" is already an approver of this stage',
    ],
    [
      'an approver language the consultation does not offer',
      withWorkflow({ stages: [stage('a', { approvers: [approver('a@hannover.example', 'tr')] })] }),
      'workflow.stages[0].approvers[0].language',
      '"tr" is not one of the consultation\'s languages (de, en); emails to this approver are written in it',
    ],
    [
      'an approver address that is none',
      withWorkflow({ stages: [stage('a', { approvers: [approver('anna at hannover')] })] }),
      'workflow.stages[0].approvers[0].email',
      'must be an email address',
    ],
    [
      'a stage name without a declared language',
      withWorkflow({ stages: [stage('a', { name: { de: 'Stufe' } })] }),
      'workflow.stages[0].name',
      'is missing the translation for "en"',
    ],
    [
      'decisions without approve',
      withWorkflow({ stages: [stage('a', { decisions: ['reject', 'sendBack'] })] }),
      'workflow.stages[0].decisions',
      'must include approve',
    ],
    [
      'an unknown decision',
      withWorkflow({ stages: [stage('a', { decisions: ['approve', 'veto'] })] }),
      'workflow.stages[0].decisions[1]',
      '"veto" is not allowed; allowed: approve, reject, sendBack',
    ],
    [
      'a reminder period out of range',
      withWorkflow({ stages: [stage('a', { remindAfterDays: 90 })] }),
      'workflow.stages[0].remindAfterDays',
      'must be at most 60',
    ],
    [
      'submitter notifications without an email field',
      withWorkflow({ stages: [stage('a')], notify: { submitter: true } }),
      'workflow.notify.submitter',
      'is true, but the form has no email field to reach the submitter; add a field with "type: email" or remove this line',
    ],
  ])('rejects %s', (_, value, path, message) => {
    expect(problems(value)).toEqual([{ path, message }]);
  });

  it('notifies the submitter only where the form can reach them', () => {
    const quiet = withWorkflow({ stages: [stage('a')] });
    expect(problems(quiet)).toEqual([]);
    const asked = withWorkflow({ stages: [stage('a')], notify: { submitter: true } }, [
      textField('name'),
      emailField,
    ]);
    expect(problems(asked)).toEqual([]);
  });
});
