import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actionValue,
  applyDraftAction,
  type DraftAction,
  FIELD_TYPES,
  fieldKeysOf,
  parseDraftAction,
} from '../../../../shared/admin/draft/index.ts';
import { aDraft } from './support.ts';

type Item = Record<string, unknown>;
const fieldsOf = (draft: Item) => draft.fields as Item[];
const stagesOf = (draft: Item) => (draft.workflow as { stages: Item[] }).stages;
const idsOf = (items: Item[]) => items.map((item) => item.id);

const withWorkflow = () =>
  aDraft({
    workflow: {
      stages: [
        {
          id: 'experts',
          name: { de: 'Fachleute', en: 'Experts' },
          approvers: [{ email: 'a@x.org', name: 'A', language: 'de' }],
          rule: 'any',
        },
        {
          id: 'council',
          name: { de: 'Rat', en: 'Council' },
          approvers: [{ email: 'b@x.org', name: 'B', language: 'en' }],
          rule: 'any',
        },
      ],
    },
  });

describe('parseDraftAction', () => {
  it('reads each button value and is the inverse of actionValue', () => {
    const actions: DraftAction[] = [
      { kind: 'save' },
      { kind: 'addField', type: 'radio' },
      { kind: 'removeField', index: 2 },
      { kind: 'moveField', index: 0, direction: 'down' },
      { kind: 'setFieldType', index: 1, type: 'scale' },
      { kind: 'addOption', fieldIndex: 3 },
      { kind: 'removeOption', fieldIndex: 3, optionIndex: 1 },
      { kind: 'addStage' },
      { kind: 'removeStage', index: 1 },
      { kind: 'moveStage', index: 1, direction: 'up' },
      { kind: 'addApprover', stageIndex: 0 },
      { kind: 'removeApprover', stageIndex: 0, approverIndex: 2 },
    ];
    for (const action of actions) expect(parseDraftAction(actionValue(action))).toEqual(action);
  });

  it('takes the type of a new field from the select _newFieldType, and of a changed one from _fieldType.<i>', () => {
    expect(parseDraftAction('addField', { _newFieldType: 'checkboxes' })).toEqual({
      kind: 'addField',
      type: 'checkboxes',
    });
    expect(parseDraftAction('addField')).toEqual({ kind: 'addField', type: 'text' });
    expect(parseDraftAction('setFieldType:2', { '_fieldType.2': 'date' })).toEqual({
      kind: 'setFieldType',
      index: 2,
      type: 'date',
    });
    expect(parseDraftAction('setFieldType:2', { '_fieldType.1': 'date' })).toBeUndefined();
  });

  it('treats a form sent without a button (Enter key) as save', () => {
    expect(parseDraftAction(undefined)).toEqual({ kind: 'save' });
    expect(parseDraftAction('')).toEqual({ kind: 'save' });
  });

  it.each([
    'delete',
    'addField:bogus',
    'removeField',
    'removeField:x',
    'removeField:-1',
    'removeField:1:2',
    'moveField:1:left',
    'removeOption:1',
    'save:1',
    'addField:text:1',
    'constructor',
  ])('refuses %j', (value) => {
    expect(parseDraftAction(value, { _newFieldType: 'text' })).toBeUndefined();
  });

  it('never throws on any text', () => {
    fc.assert(fc.property(fc.string(), (value) => void parseDraftAction(value)));
  });
});

describe('applyDraftAction', () => {
  it('changes a copy and leaves the draft it was given alone', () => {
    const draft = aDraft();
    const before = structuredClone(draft);
    applyDraftAction(draft, { kind: 'removeField', index: 0 });
    expect(draft).toEqual(before);
  });

  it('adds a field with a fresh id and an empty label in every declared language', () => {
    const next = applyDraftAction(aDraft(), { kind: 'addField', type: 'text' });
    expect(fieldsOf(next)[3]).toEqual({ type: 'text', id: 'field_4', label: { de: '', en: '' } });
    const again = applyDraftAction(next, { kind: 'addField', type: 'email' });
    expect(fieldsOf(again)[4]?.id).toBe('field_5');
  });

  it('skips ids already taken', () => {
    const draft = aDraft({ fields: [{ type: 'text', id: 'field_2', label: {} }] });
    expect(fieldsOf(applyDraftAction(draft, { kind: 'addField', type: 'text' }))[1]?.id).toBe('field_3');
  });

  it('adds a choice field with two options and a heading without an id', () => {
    const next = applyDraftAction(aDraft(), { kind: 'addField', type: 'radio' });
    expect(fieldsOf(next)[3]).toMatchObject({
      type: 'radio',
      options: [
        { value: 'option_1', label: { de: '', en: '' } },
        { value: 'option_2', label: { de: '', en: '' } },
      ],
    });
    const heading = fieldsOf(applyDraftAction(aDraft(), { kind: 'addField', type: 'heading' }))[3];
    expect(heading).toEqual({ type: 'heading', text: { de: '', en: '' } });
  });

  it('adds a scale with labels for both ends', () => {
    const scale = fieldsOf(applyDraftAction(aDraft(), { kind: 'addField', type: 'scale' }))[3];
    expect(scale).toMatchObject({ minLabel: { de: '', en: '' }, maxLabel: { de: '', en: '' } });
  });

  it('removes and moves fields; moves past either end change nothing', () => {
    const draft = aDraft();
    expect(idsOf(fieldsOf(applyDraftAction(draft, { kind: 'removeField', index: 1 })))).toEqual([
      'district',
      'email',
    ]);
    expect(
      idsOf(fieldsOf(applyDraftAction(draft, { kind: 'moveField', index: 1, direction: 'up' }))),
    ).toEqual(['comment', 'district', 'email']);
    expect(
      idsOf(fieldsOf(applyDraftAction(draft, { kind: 'moveField', index: 1, direction: 'down' }))),
    ).toEqual(['district', 'email', 'comment']);
    expect(applyDraftAction(draft, { kind: 'moveField', index: 0, direction: 'up' })).toEqual(draft);
    expect(applyDraftAction(draft, { kind: 'moveField', index: 2, direction: 'down' })).toEqual(draft);
    expect(applyDraftAction(draft, { kind: 'removeField', index: 9 })).toEqual(draft);
  });

  it('adds and removes options of a choice field only', () => {
    const draft = aDraft();
    const added = applyDraftAction(draft, { kind: 'addOption', fieldIndex: 0 });
    expect(fieldsOf(added)[0]?.options).toHaveLength(3);
    expect((fieldsOf(added)[0]!.options as Item[])[2]).toEqual({
      value: 'option_3',
      label: { de: '', en: '' },
    });
    expect(applyDraftAction(draft, { kind: 'addOption', fieldIndex: 1 })).toEqual(draft);
    const removed = applyDraftAction(draft, { kind: 'removeOption', fieldIndex: 0, optionIndex: 0 });
    expect(fieldsOf(removed)[0]?.options).toEqual([
      { value: 'linden', label: { de: 'Linden', en: 'Linden' } },
    ]);
  });

  it('adds a stage with a unique id and one empty approver, creating the workflow when there is none', () => {
    const first = applyDraftAction(aDraft(), { kind: 'addStage' });
    expect(first.workflow).toEqual({
      stages: [
        {
          id: 'stage_1',
          name: { de: '', en: '' },
          approvers: [{ email: '', name: '', language: 'de' }],
          rule: 'any',
        },
      ],
    });
    const second = applyDraftAction(first, { kind: 'addStage' });
    expect(idsOf(stagesOf(second))).toEqual(['stage_1', 'stage_2']);
  });

  it('removes, moves and empties stages; removing the last one removes the workflow', () => {
    const draft = withWorkflow();
    expect(
      idsOf(stagesOf(applyDraftAction(draft, { kind: 'moveStage', index: 1, direction: 'up' }))),
    ).toEqual(['council', 'experts']);
    expect(applyDraftAction(draft, { kind: 'moveStage', index: 1, direction: 'down' })).toEqual(draft);
    const one = applyDraftAction(draft, { kind: 'removeStage', index: 0 });
    expect(idsOf(stagesOf(one))).toEqual(['council']);
    expect(applyDraftAction(one, { kind: 'removeStage', index: 0 })).not.toHaveProperty('workflow');
  });

  it('adds and removes approvers', () => {
    const draft = withWorkflow();
    const added = applyDraftAction(draft, { kind: 'addApprover', stageIndex: 1 });
    expect(stagesOf(added)[1]?.approvers).toEqual([
      { email: 'b@x.org', name: 'B', language: 'en' },
      { email: '', name: '', language: 'de' },
    ]);
    const removed = applyDraftAction(draft, { kind: 'removeApprover', stageIndex: 0, approverIndex: 0 });
    expect(stagesOf(removed)[0]?.approvers).toEqual([]);
    expect(applyDraftAction(draft, { kind: 'addApprover', stageIndex: 5 })).toEqual(draft);
  });
});

describe('setFieldType', () => {
  it('drops the keys the new type does not have and adds what it needs', () => {
    // Prepare: a radio field with options and a condition
    const draft = aDraft();
    // Act
    const next = applyDraftAction(draft, { kind: 'setFieldType', index: 0, type: 'textarea' });
    // Assess
    expect(fieldsOf(next)[0]).toEqual({
      type: 'textarea',
      id: 'district',
      label: { de: 'Stadtteil', en: 'District' },
      required: true,
    });
  });

  it('keeps only keys of the new type for every pair of types', () => {
    const full = {
      type: 'text',
      id: 'q',
      label: { de: 'Frage', en: 'Question' },
      hint: { de: 'Hinweis', en: 'Hint' },
      text: { de: 'Text', en: 'Text' },
      required: true,
      personal: true,
      minLength: 2,
      maxLength: 50,
      rows: 4,
      min: 1,
      max: 5,
      integer: true,
      minSelected: 1,
      maxSelected: 2,
      options: [
        { value: 'a', label: { de: 'A', en: 'A' } },
        { value: 'b', label: { de: 'B', en: 'B' } },
      ],
      minLabel: { de: 'wenig', en: 'little' },
      maxLabel: { de: 'viel', en: 'much' },
      autocomplete: 'name',
    };
    for (const from of FIELD_TYPES)
      for (const to of FIELD_TYPES.filter((type) => type !== from)) {
        const draft = aDraft({ fields: [{ ...full, type: from }] });
        const field =
          fieldsOf(applyDraftAction(draft, { kind: 'setFieldType', index: 0, type: to }))[0] ?? {};
        const allowed = fieldKeysOf(to);
        expect(
          Object.keys(field).filter((key) => !allowed.includes(key)),
          `${from} → ${to}`,
        ).toEqual([]);
        expect(field.type).toBe(to);
      }
  });

  it('drops values whose meaning changes with the type, and keeps unfinished ones', () => {
    const draft = aDraft({
      fields: [{ type: 'number', id: 'age', label: { de: 'Alter', en: '' }, min: 18, max: 99 }],
    });
    const scale = fieldsOf(applyDraftAction(draft, { kind: 'setFieldType', index: 0, type: 'scale' }))[0];
    expect(scale).not.toHaveProperty('min');
    expect(scale).not.toHaveProperty('max');
    expect(scale?.label).toEqual({ de: 'Alter', en: '' });
  });

  it('turns a heading text into a label with a fresh id, and back', () => {
    const draft = aDraft({ fields: [{ type: 'heading', text: { de: 'Über Sie', en: 'About you' } }] });
    const asText = fieldsOf(applyDraftAction(draft, { kind: 'setFieldType', index: 0, type: 'text' }))[0];
    expect(asText).toEqual({ type: 'text', id: 'field_1', label: { de: 'Über Sie', en: 'About you' } });
    const back = applyDraftAction(aDraft(), { kind: 'setFieldType', index: 1, type: 'paragraph' });
    expect(fieldsOf(back)[1]).toEqual({
      type: 'paragraph',
      id: 'comment',
      text: { de: 'Kommentar', en: 'Comment' },
    });
  });

  it('gives a field that becomes a choice two options', () => {
    const next = applyDraftAction(aDraft(), { kind: 'setFieldType', index: 1, type: 'checkboxes' });
    expect(fieldsOf(next)[1]?.options).toHaveLength(2);
  });
});
