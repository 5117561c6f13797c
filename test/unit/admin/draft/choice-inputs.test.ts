import { describe, expect, it } from 'vitest';
import {
  applyEditorInputs,
  NOTIFY_SUBMITTER_INPUT,
  onRejectInput,
  quorumInput,
  ruleInput,
  showIfEqualsInput,
  showIfFieldInput,
} from '../../../../shared/admin/draft/index.ts';

const draft = () => ({
  fields: [
    { type: 'radio', id: 'mode', options: [{ value: 'bike' }, { value: 'bus' }] },
    { type: 'text', id: 'why', showIf: { field: 'mode', equals: 'bike' } },
  ],
  workflow: {
    stages: [
      { id: 'experts', rule: 'any', onReject: 'end' },
      { id: 'steering', rule: { quorum: 2 }, onReject: 'end' },
    ],
  },
});

describe('applyEditorInputs', () => {
  it('writes a quorum rule as a block and a word rule as the word', () => {
    const next = applyEditorInputs(draft(), {
      '_rule.0': 'quorum',
      '_quorum.0': '3',
      '_rule.1': 'all',
      '_quorum.1': '2',
    });

    expect(next.workflow).toMatchObject({ stages: [{ rule: { quorum: 3 } }, { rule: 'all' }] });
  });

  it('writes the majority rule as its word', () => {
    const next = applyEditorInputs(draft(), { '_rule.1': 'majority', '_quorum.1': '2' });

    expect(next.workflow).toMatchObject({ stages: [{}, { rule: 'majority' }] });
  });

  it('keeps an unreadable quorum as typed, so the validation can name it', () => {
    const next = applyEditorInputs(draft(), { '_rule.0': 'quorum', '_quorum.0': 'two' });

    expect((next.workflow as { stages: object[] }).stages[0]).toMatchObject({ rule: { quorum: 'two' } });
  });

  it('writes a return to an earlier stage as a block, and end as the word', () => {
    const next = applyEditorInputs(draft(), { '_onReject.1': 'returnTo:experts', '_onReject.0': 'end' });

    expect(next.workflow).toMatchObject({
      stages: [{ onReject: 'end' }, { onReject: { returnTo: 'experts' } }],
    });
  });

  it('removes a condition when "always shown" is chosen, and keeps one answer as a single value', () => {
    expect((applyEditorInputs(draft(), { '_showIf.1': '' }).fields as object[])[1]).not.toHaveProperty(
      'showIf',
    );
    const kept = applyEditorInputs(draft(), { '_showIf.1': 'mode', '_showIfEquals.1': ['', 'bus'] });
    expect((kept.fields as object[])[1]).toMatchObject({ showIf: { field: 'mode', equals: 'bus' } });
    const both = applyEditorInputs(draft(), { '_showIf.1': 'mode', '_showIfEquals.1': ['', 'bike', 'bus'] });
    expect((both.fields as object[])[1]).toMatchObject({
      showIf: { field: 'mode', equals: ['bike', 'bus'] },
    });
  });

  it('drops the answers when the condition’s field changes (they were the old field’s options)', () => {
    const next = applyEditorInputs(draft(), { '_showIf.1': 'other', '_showIfEquals.1': ['', 'bike'] });

    expect((next.fields as object[])[1]).toMatchObject({ showIf: { field: 'other', equals: [] } });
  });

  it('sets or clears the submitter notification', () => {
    expect(applyEditorInputs(draft(), { _notifySubmitter: 'false' }).workflow).toMatchObject({
      notify: { submitter: false },
    });
    const cleared = applyEditorInputs(
      { workflow: { stages: [], notify: { submitter: true, department: true } } },
      { _notifySubmitter: '' },
    );
    expect(cleared.workflow).toEqual({ stages: [], notify: { department: true } });
  });

  it('reads the inputs under the names the views give them', () => {
    const next = applyEditorInputs(draft(), {
      [ruleInput(1)]: 'quorum',
      [quorumInput(1)]: '4',
      [onRejectInput(1)]: 'returnTo:experts',
      [showIfFieldInput(1)]: 'mode',
      [showIfEqualsInput(1)]: ['', 'bus'],
      [NOTIFY_SUBMITTER_INPUT]: 'true',
    });

    expect(next.workflow).toMatchObject({
      stages: [{ rule: 'any' }, { rule: { quorum: 4 }, onReject: { returnTo: 'experts' } }],
      notify: { submitter: true },
    });
    expect((next.fields as object[])[1]).toMatchObject({ showIf: { field: 'mode', equals: 'bus' } });
  });

  it('leaves the draft alone when none of its inputs were posted, and never changes its argument', () => {
    const original = draft();

    expect(applyEditorInputs(original, { 't:slug': 'x' })).toEqual(draft());
    applyEditorInputs(original, { '_rule.0': 'all' });
    expect(original).toEqual(draft());
  });
});
