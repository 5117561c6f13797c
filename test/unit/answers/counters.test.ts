import { describe, expect, it } from 'vitest';
import { countersFor } from '../../../shared/answers/counters.ts';
import { consultation, field, options } from './factories.ts';

const form = consultation([
  field('radio', 'name_choice', { options: options('wir-sind-hannover', 'hannover-gemeinsam') }),
  field('select', 'district', { options: options('mitte', 'linden', 'vahrenwald') }),
  field('checkboxes', 'topics', { options: options('sport', 'kultur', 'bildung') }),
  field('scale', 'satisfaction'),
  field('text', 'comment'),
  field('number', 'age'),
  field('consent', 'privacy'),
]);

describe('countersFor', () => {
  it('adds one per chosen option of radio, select, checkboxes and scale fields and per ticked consent', () => {
    const answers = {
      name_choice: 'wir-sind-hannover',
      district: 'linden',
      topics: ['sport', 'bildung'],
      satisfaction: 4,
      comment: 'Mehr Begegnung',
      age: 34,
      privacy: true,
    };
    expect(countersFor(form, answers)).toEqual({
      'name_choice#wir-sind-hannover': 1,
      'district#linden': 1,
      'topics#sport': 1,
      'topics#bildung': 1,
      'satisfaction#4': 1,
      'privacy#yes': 1,
    });
  });

  it('counts nothing for unanswered fields', () => {
    expect(countersFor(form, { comment: 'nur ein Kommentar' })).toEqual({});
  });
});
