import { describe, expect, it } from 'vitest';
import {
  applyDraftAction,
  describeDraftChange,
  MAX_SUMMARY_LENGTH,
} from '../../../../shared/admin/draft/index.ts';
import { aDraft } from './support.ts';

type Item = Record<string, unknown>;

describe('describeDraftChange', () => {
  it('says "No changes" when nothing changed', () => {
    expect(describeDraftChange(aDraft(), aDraft())).toBe('No changes');
  });

  it('names changed settings and the languages of changed texts', () => {
    const after = aDraft({
      closes: '2027-06-01T00:00:00+02:00',
      title: { de: 'Neue Bäume', en: 'Trees' },
      intro: { de: 'Wo?', en: 'Where?' },
      contact: { email: 'baum@example.org', name: { de: 'Stadtgrün', en: 'Parks' } },
    });
    expect(describeDraftChange(aDraft(), after)).toBe(
      'Settings: changed closes, contact email; Texts: changed title (en), intro (de, en)',
    );
  });

  it('names added, removed, changed and reordered fields by id', () => {
    // Prepare
    const before = aDraft();
    const fields = structuredClone(before.fields) as Item[];
    const [district, comment] = fields as [Item, Item];
    comment.required = true;
    const after = aDraft({
      fields: [comment, district, { type: 'radio', id: 'age_group', label: {}, options: [] }],
    });
    // Act
    const summary = describeDraftChange(before, after);
    // Assess
    expect(summary).toBe(
      'Fields: added "age_group" (radio), removed "email", changed "comment", changed the order',
    );
  });

  it('names a changed field type', () => {
    const after = applyDraftAction(aDraft(), { kind: 'setFieldType', index: 1, type: 'text' });
    expect(describeDraftChange(aDraft(), after)).toBe('Fields: changed "comment" to text');
  });

  it('names stages added to and removed from the workflow', () => {
    const first = applyDraftAction(aDraft(), { kind: 'addStage' });
    expect(describeDraftChange(aDraft(), first)).toBe(
      'Workflow: added an approval workflow, added stage "stage_1"',
    );
    const second = applyDraftAction(first, { kind: 'addStage' });
    expect(describeDraftChange(first, second)).toBe('Workflow: added stage "stage_2"');
    expect(describeDraftChange(first, aDraft())).toBe('Workflow: removed the approval workflow');
  });

  it('stays one short sentence however much changed', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({
      type: 'text',
      id: `question_number_${i}`,
      label: {},
    }));
    const summary = describeDraftChange(aDraft(), aDraft({ fields: many }));
    expect(summary.length).toBeLessThanOrEqual(MAX_SUMMARY_LENGTH);
    expect(summary).toMatch(/^Fields: added "question_number_0" \(text\), .*…$/);
  });
});
