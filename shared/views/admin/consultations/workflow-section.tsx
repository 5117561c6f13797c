import {
  isRecord,
  NOTIFY_SUBMITTER_INPUT,
  onRejectInput,
  quorumInput,
  REMOVE_WORKFLOW_ACTION,
  ruleInput,
} from '../../../admin/draft/index.ts';
import { DECISIONS } from '../../../definition/workflow-schema.ts';
import type { Locale } from '../../../i18n/locales.ts';
import { ActionButton, CheckboxGroup, SelectInput, TextInput } from '../components.tsx';
import type { DraftForm } from './draft-form.ts';
import { languageLabel } from './format.ts';
import { checkbox, Group, localizedInputs, textInput } from './section-parts.tsx';

type Path = readonly (string | number)[];

const DECISION_LABELS: Record<(typeof DECISIONS)[number], string> = {
  approve: 'Approve',
  reject: 'Reject',
  sendBack: 'Send back to the submitter for changes',
};

/** The approval workflow: its stages in order (approvers, rule, decisions, reminders) and who is notified. */
export function workflowSection(form: DraftForm, languages: readonly Locale[]) {
  if (form.value(['workflow']) === undefined)
    return (
      <>
        <p>
          This consultation has no approval workflow: submissions are stored and counted, and nobody is asked
          to approve them.
        </p>
        <p>
          A workflow sends each submission through stages (e.g. an expert group, then a steering group): the
          approvers of a stage get an email with a link to approve, reject or send it back.
        </p>
        <ActionButton name="_action" value="addStage" variant="secondary">
          Add a workflow
        </ActionButton>
      </>
    );
  const raw = form.value(['workflow', 'stages']);
  const stages: readonly unknown[] = Array.isArray(raw) ? raw : [];
  const workflow = form.at(['workflow']);
  const list = form.at(['workflow', 'stages']);
  const notify = form.at(['workflow', 'notify']);
  const submitter = form.at(['workflow', 'notify', 'submitter']);
  const submitterValue = form.value(['workflow', 'notify', 'submitter']);
  return (
    <>
      <div id={workflow.id} class="editor-list">
        {[workflow.error, list.error].filter(Boolean).map((error) => (
          <p class="error-message" key={error}>
            <span class="visually-hidden">Error: </span>
            {error}
          </p>
        ))}
        <div id={list.id}>{stages.map((_, index) => stageEditor(form, languages, stages, index))}</div>
      </div>
      <div class="editor-add">
        <ActionButton name="_action" value="addStage" variant="secondary">
          Add a stage
        </ActionButton>
      </div>
      <Group id={notify.id} legend="Notifications" error={notify.error}>
        <SelectInput
          id={submitter.id}
          name={NOTIFY_SUBMITTER_INPUT}
          label="Tell the submitter about every step"
          options={[
            { value: '', label: 'Yes when the form has an email field (default)' },
            { value: 'true', label: 'Yes' },
            { value: 'false', label: 'No' },
          ]}
          value={submitterValue === true ? 'true' : submitterValue === false ? 'false' : ''}
          error={submitter.error}
        />
        {checkbox(
          form,
          ['workflow', 'notify', 'department'],
          'Tell the contact address the final outcome',
          undefined,
          true,
        )}
      </Group>
      <div class="editor-add">
        <ActionButton name="_action" value={REMOVE_WORKFLOW_ACTION} variant="danger">
          Remove the workflow
        </ActionButton>
      </div>
    </>
  );
}

function stageEditor(
  form: DraftForm,
  languages: readonly Locale[],
  stages: readonly unknown[],
  index: number,
) {
  const path: Path = ['workflow', 'stages', index];
  const stage = stages[index];
  const id = isRecord(stage) && typeof stage.id === 'string' ? stage.id : undefined;
  const group = form.at(path);
  const decisions = form.input('l', [...path, 'decisions']);
  const name = `stage ${index + 1}`;
  return (
    <Group
      key={String(index)}
      id={group.id}
      legend={`Stage ${index + 1}${id ? `: ${id}` : ''}`}
      error={group.error}
      class="editor-item"
    >
      {textInput(form, 't', [...path, 'id'], 'Technical name', {
        hint: 'Unique in the workflow, e.g. expert-group: a-z, 0-9, - and _.',
        required: true,
      })}
      {localizedInputs(form, [...path, 'name'], 'Name shown to approvers and submitters', languages)}
      {approversEditor(form, languages, index)}
      {ruleEditor(form, index)}
      <CheckboxGroup
        id={decisions.id}
        legend="What approvers may decide"
        name={decisions.name}
        options={DECISIONS.map((decision) => ({ value: decision, label: DECISION_LABELS[decision] }))}
        values={
          form.value([...path, 'decisions']) === undefined
            ? [...DECISIONS]
            : form.list([...path, 'decisions'])
        }
        error={decisions.error}
      />
      {onRejectEditor(form, stages, index)}
      {textInput(form, 'n', [...path, 'remindAfterDays'], 'Reminder after days', {
        hint: 'Approvers who have not decided get a reminder after this many days (1 to 60). Leave empty for 3.',
      })}
      <div class="button-group">
        {index > 0 && (
          <ActionButton name="_action" value={`moveStage:${index}:up`} variant="secondary">
            Move up<span class="visually-hidden"> {name}</span>
          </ActionButton>
        )}
        {index < stages.length - 1 && (
          <ActionButton name="_action" value={`moveStage:${index}:down`} variant="secondary">
            Move down<span class="visually-hidden"> {name}</span>
          </ActionButton>
        )}
        <ActionButton name="_action" value={`removeStage:${index}`} variant="danger">
          Remove<span class="visually-hidden"> {name}</span>
        </ActionButton>
      </div>
    </Group>
  );
}

function approversEditor(form: DraftForm, languages: readonly Locale[], stageIndex: number) {
  const path: Path = ['workflow', 'stages', stageIndex, 'approvers'];
  const raw = form.value(path);
  const approvers: readonly unknown[] = Array.isArray(raw) ? raw : [];
  const group = form.at(path);
  return (
    <Group id={group.id} legend="Approvers" error={group.error}>
      {approvers.map((_, k) => {
        const at = form.at([...path, k]);
        const language = form.input('t', [...path, k, 'language']);
        const known = languages.some((l) => l === language.value);
        const name = `approver ${k + 1} of stage ${stageIndex + 1}`;
        return (
          <Group key={String(k)} id={at.id} legend={`Approver ${k + 1}`} error={at.error} class="editor-item">
            {textInput(form, 't', [...path, k, 'email'], 'Email', { type: 'email', required: true })}
            {textInput(form, 't', [...path, k, 'name'], 'Name', {
              hint: 'How emails address them, e.g. Dr. Ayşe Demir.',
              required: true,
            })}
            <SelectInput
              id={language.id}
              name={language.name}
              label="Language of their emails"
              options={[
                ...(known ? [] : [{ value: language.value, label: language.value || 'Choose…' }]),
                ...languages.map((l) => ({ value: l, label: languageLabel(l) })),
              ]}
              value={language.value}
              error={language.error}
            />
            <ActionButton name="_action" value={`removeApprover:${stageIndex}:${k}`} variant="danger">
              Remove<span class="visually-hidden"> {name}</span>
            </ActionButton>
          </Group>
        );
      })}
      <ActionButton name="_action" value={`addApprover:${stageIndex}`} variant="secondary">
        Add an approver<span class="visually-hidden"> to stage {stageIndex + 1}</span>
      </ActionButton>
    </Group>
  );
}

function ruleEditor(form: DraftForm, index: number) {
  const path: Path = ['workflow', 'stages', index, 'rule'];
  const rule = form.value(path);
  const chosen = isRecord(rule) ? 'quorum' : typeof rule === 'string' ? rule : '';
  const ruleAt = form.at(path);
  const quorumAt = form.at([...path, 'quorum']);
  const quorum = isRecord(rule) && rule.quorum !== undefined ? String(rule.quorum) : '';
  return (
    <>
      <SelectInput
        id={ruleAt.id}
        name={ruleInput(index)}
        label="When does the stage approve?"
        options={[
          ...(['', 'any', 'all', 'majority', 'quorum'].includes(chosen)
            ? []
            : [{ value: chosen, label: chosen }]),
          ...(chosen === '' ? [{ value: '', label: 'Choose…' }] : []),
          { value: 'any', label: 'When one approver approves (any)' },
          { value: 'all', label: 'When every approver approves (all)' },
          { value: 'majority', label: 'When more than half of the approvers approve (majority)' },
          { value: 'quorum', label: 'When a number of approvers approve (quorum)' },
        ]}
        value={chosen}
        error={ruleAt.error}
      />
      <TextInput
        id={quorumAt.id}
        name={quorumInput(index)}
        label="Quorum"
        hint="With the quorum rule: how many approvals the stage needs."
        value={quorum}
        error={quorumAt.error}
      />
    </>
  );
}

function onRejectEditor(form: DraftForm, stages: readonly unknown[], index: number) {
  const path: Path = ['workflow', 'stages', index, 'onReject'];
  const value = form.value(path);
  const at = form.at(path);
  const earlier = stages
    .slice(0, index)
    .flatMap((stage) =>
      isRecord(stage) && typeof stage.id === 'string' && stage.id !== '' ? [stage.id] : [],
    );
  const current = isRecord(value)
    ? `returnTo:${typeof value.returnTo === 'string' ? value.returnTo : ''}`
    : typeof value === 'string'
      ? value
      : 'end';
  const options = [
    { value: 'end', label: 'The submission is rejected (end)' },
    ...earlier.map((id) => ({ value: `returnTo:${id}`, label: `Stage “${id}” decides again` })),
  ];
  if (!options.some((option) => option.value === current)) options.push({ value: current, label: current });
  return (
    <SelectInput
      id={at.id}
      name={onRejectInput(index)}
      label="What a rejection does"
      options={options}
      value={current}
      error={at.error}
    />
  );
}
