import { describe, expect, it } from 'vitest';
import { countersFor } from '../../../shared/answers/index.ts';
import { consultationSchema } from '../../../shared/definition/schema.ts';
import { publicResultFields, resultsPublication, tallyResults } from '../../../shared/results/index.ts';
import { consultation } from '../views/consultation-factory.ts';

/** The factory's consultation as input again (its parsed form is valid input too). */
const consultationInput = () => consultation();

const counts = {
  _total: 4,
  'lives_here#yes': 3,
  'lives_here#no': 1,
  'topics#work': 2,
  'topics#school': 3,
  'importance#5': 2,
  'privacy#yes': 4,
  // Counted under an earlier version, no longer offered: left out of public results.
  'lives_here#maybe': 7,
};

describe('tallyResults', () => {
  it('lists every counted question with every answer it offers, its count and share of participants', () => {
    // Act
    const tally = tallyResults(consultation(), counts);
    // Assess
    expect(tally.participants).toBe(4);
    expect(tally.fields.map((f) => f.field.id)).toEqual([
      'lives_here',
      'district',
      'topics',
      'importance',
      'privacy',
    ]);
    const livesHere = tally.fields[0]?.rows.map((r) => [r.value, r.count, r.share]);
    expect(livesHere).toEqual([
      ['yes', 3, 0.75],
      ['no', 1, 0.25],
    ]);
    const district = tally.fields[1]?.rows.map((r) => [r.value, r.count]);
    expect(district).toEqual([
      ['linden', 0],
      ['mitte', 0],
    ]);
    expect(tally.fields[3]?.rows.map((r) => r.value)).toEqual(['1', '2', '3', '4', '5']);
    expect(tally.fields[3]?.rows[4]).toMatchObject({ count: 2, share: 0.5, label: { de: 'sehr wichtig' } });
    expect(tally.fields[4]?.rows).toEqual([{ value: 'yes', label: expect.any(Object), count: 4, share: 1 }]);
  });

  it('never includes free-text, number, date, phone or email answers', () => {
    const ids = tallyResults(consultation(), counts).fields.map((f) => f.field.type);
    for (const type of ['text', 'textarea', 'email', 'number', 'date', 'phone'])
      expect(ids).not.toContain(type);
  });

  it('gives shares of 0 without participants rather than dividing by zero', () => {
    const tally = tallyResults(consultation(), {});
    expect(tally.participants).toBe(0);
    expect(tally.fields.flatMap((f) => f.rows).every((r) => r.share === 0 && r.count === 0)).toBe(true);
  });
});

describe('countersFor', () => {
  it('counts a ticked consent as "yes" beside the choice answers', () => {
    const increments = countersFor(consultation(), {
      lives_here: 'yes',
      topics: ['work', 'housing'],
      importance: 3,
      privacy: true,
      name: 'Ayşe',
    });
    expect(increments).toEqual({
      'lives_here#yes': 1,
      'topics#work': 1,
      'topics#housing': 1,
      'importance#3': 1,
      'privacy#yes': 1,
    });
  });
});

describe('resultsPublication', () => {
  const closes = '2026-06-30T18:00:00+02:00';
  const before = new Date('2026-06-01T10:00:00Z');
  const after = new Date('2026-07-01T10:00:00Z');
  const withPublish = (publish: 'never' | 'afterClose' | 'live' | undefined) =>
    consultation(publish ? { results: { publish } } : {});

  it('never publishes without the setting or with "never"', () => {
    expect(resultsPublication(withPublish(undefined), after)).toEqual({ kind: 'never' });
    expect(resultsPublication(withPublish('never'), after)).toEqual({ kind: 'never' });
  });

  it('publishes "afterClose" results only once the consultation has closed, by date or by hand', () => {
    expect(resultsPublication(withPublish('afterClose'), before)).toEqual({ kind: 'afterClose', at: closes });
    expect(resultsPublication(withPublish('afterClose'), after)).toEqual({ kind: 'public', closed: true });
    expect(resultsPublication(withPublish('afterClose'), before, '2026-05-20T08:00:00Z')).toEqual({
      kind: 'public',
      closed: true,
    });
  });

  it('publishes "live" results while the consultation runs', () => {
    expect(resultsPublication(withPublish('live'), before)).toEqual({ kind: 'public', closed: false });
    expect(resultsPublication(withPublish('live'), after)).toEqual({ kind: 'public', closed: true });
  });
});

describe('which questions are public', () => {
  it('leaves out personal choice questions and, when listed, keeps only results.fields', () => {
    const base = consultation();
    const personalTopics = {
      ...base,
      fields: base.fields.map((f) => (f.type === 'checkboxes' ? { ...f, personal: true } : f)),
    };
    expect(publicResultFields(personalTopics).map((f) => f.id)).not.toContain('topics');
    const listed = consultation({ results: { publish: 'live', fields: ['importance'] } });
    expect(tallyResults(listed, counts).fields.map((f) => f.field.id)).toEqual(['importance']);
  });

  it('refuses results.fields that name a free-text, unknown or personal question', () => {
    const parse = (fields: string[]) =>
      consultationSchema.safeParse({ ...consultationInput(), results: { publish: 'live', fields } });
    expect(parse(['importance']).success).toBe(true);
    for (const wrong of ['idea', 'nope', 'name']) {
      const result = parse([wrong]);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(['results', 'fields', 0]);
    }
  });
});
