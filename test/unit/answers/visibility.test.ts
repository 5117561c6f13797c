import { describe, expect, it } from 'vitest';
import { isFieldVisible } from '../../../shared/answers/visibility.ts';
import { consultation, field, options } from './factories.ts';

const form = consultation([
  field('radio', 'lives_here', { options: options('ja', 'nein') }),
  field('text', 'district', { showIf: { field: 'lives_here', equals: 'ja' } }),
  field('checkboxes', 'topics', { options: options('sport', 'kultur', 'bildung') }),
  field('textarea', 'culture_ideas', { showIf: { field: 'topics', equals: ['kultur', 'bildung'] } }),
  field('scale', 'satisfaction'),
  field('textarea', 'why_unhappy', { showIf: { field: 'satisfaction', equals: ['1', '2'] } }),
  field('consent', 'contact_ok'),
  field('email', 'contact_email', { showIf: { field: 'contact_ok', equals: 'yes' } }),
  field('radio', 'volunteer', {
    options: options('ja', 'nein'),
    showIf: { field: 'lives_here', equals: 'ja' },
  }),
  field('text', 'volunteer_area', { showIf: { field: 'volunteer', equals: 'ja' } }),
]);
const byId = (id: string) => {
  const found = form.fields.find((f) => f.id === id);
  if (!found) throw new Error(`no field ${id}`);
  return found;
};
const visible = (id: string, body: Record<string, string | string[]>) =>
  isFieldVisible(byId(id), body, form.fields);

describe('isFieldVisible', () => {
  it('shows a field without a condition whatever was submitted', () => {
    expect(visible('lives_here', {})).toBe(true);
  });

  it('shows a field when its target has the wanted value and hides it otherwise', () => {
    expect(visible('district', { lives_here: 'ja' })).toBe(true);
    expect(visible('district', { lives_here: 'nein' })).toBe(false);
    expect(visible('district', {})).toBe(false);
  });

  it('shows a field when any ticked checkbox is one of the wanted values', () => {
    expect(visible('culture_ideas', { topics: ['sport', 'bildung'] })).toBe(true);
    expect(visible('culture_ideas', { topics: 'kultur' })).toBe(true);
    expect(visible('culture_ideas', { topics: ['sport'] })).toBe(false);
  });

  it('compares a scale answer as its string value', () => {
    expect(visible('why_unhappy', { satisfaction: '2' })).toBe(true);
    expect(visible('why_unhappy', { satisfaction: '4' })).toBe(false);
  });

  it('compares a consent answer with "yes"', () => {
    expect(visible('contact_email', { contact_ok: 'yes' })).toBe(true);
    expect(visible('contact_email', { contact_ok: 'on' })).toBe(false);
  });

  it('hides a field whose target is itself hidden, even when the target value matches', () => {
    expect(visible('volunteer_area', { lives_here: 'ja', volunteer: 'ja' })).toBe(true);
    expect(visible('volunteer_area', { lives_here: 'nein', volunteer: 'ja' })).toBe(false);
  });

  it('ignores surrounding spaces in the submitted target value', () => {
    expect(visible('district', { lives_here: ' ja ' })).toBe(true);
  });

  it('hides a field whose target is not in the field list', () => {
    expect(isFieldVisible(byId('district'), { lives_here: 'ja' }, [])).toBe(false);
  });
});
