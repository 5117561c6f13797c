import { describe, expect, it } from 'vitest';
import { splitPersonal } from '../../../shared/answers/personal.ts';
import { consultation, field } from './factories.ts';

const form = consultation([
  field('radio', 'vote'),
  field('text', 'name', { personal: true }),
  field('email', 'email', { personal: true }),
  field('textarea', 'idea'),
]);

describe('splitPersonal', () => {
  it('moves answers of personal fields apart from the others', () => {
    const split = splitPersonal(form, {
      vote: 'ja',
      name: 'Ayşe',
      email: 'ayse@example.org',
      idea: 'Sprachcafés',
    });
    expect(split).toEqual({
      answers: { vote: 'ja', idea: 'Sprachcafés' },
      personal: { name: 'Ayşe', email: 'ayse@example.org' },
    });
  });

  it('adds nothing for unanswered fields and drops names that are no field', () => {
    expect(splitPersonal(form, { vote: 'nein', stray: 'x' })).toEqual({
      answers: { vote: 'nein' },
      personal: {},
    });
  });
});
