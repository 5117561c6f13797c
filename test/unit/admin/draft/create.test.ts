import { describe, expect, it } from 'vitest';
import {
  consultationStatus,
  defaultOpeningPeriod,
  draftFromTemplate,
  draftIssues,
  newDraft,
} from '../../../../shared/admin/draft/index.ts';
import { consultationSchema } from '../../../../shared/definition/schema.ts';
import { shippedForms } from './support.ts';

describe('defaultOpeningPeriod', () => {
  it.each([
    ['a winter evening', '2026-01-14T20:00:00Z', '2026-01-15T00:00:00+01:00', '2026-02-12T00:00:00+01:00'],
    [
      'late at night in Berlin, still the day before in UTC',
      '2026-07-09T22:30:00Z',
      '2026-07-11T00:00:00+02:00',
      '2026-08-08T00:00:00+02:00',
    ],
    [
      'across the change to summer time',
      '2026-03-19T12:00:00Z',
      '2026-03-20T00:00:00+01:00',
      '2026-04-17T00:00:00+02:00',
    ],
    [
      'on the day summer time starts',
      '2026-03-28T12:00:00Z',
      '2026-03-29T00:00:00+01:00',
      '2026-04-26T00:00:00+02:00',
    ],
    [
      'across the change to winter time',
      '2026-10-20T09:00:00Z',
      '2026-10-21T00:00:00+02:00',
      '2026-11-18T00:00:00+01:00',
    ],
    [
      'at the end of a year',
      '2026-12-31T10:00:00Z',
      '2027-01-01T00:00:00+01:00',
      '2027-01-29T00:00:00+01:00',
    ],
  ])('opens at the next midnight in Berlin and closes 28 days later (%s)', (_, now, opens, closes) => {
    expect(defaultOpeningPeriod(new Date(now))).toEqual({ opens, closes });
  });
});

describe('newDraft', () => {
  it('has every required key, empty texts per language and valid settings', () => {
    // Act
    const draft = newDraft({
      id: 'spielplatz',
      slug: 'spielplatz',
      languages: ['de', 'en', 'tr'],
      defaultLanguage: 'de',
      now: new Date('2026-05-04T08:00:00Z'),
    });
    // Assess
    expect(draft).toMatchObject({
      id: 'spielplatz',
      slug: 'spielplatz',
      languages: ['de', 'en', 'tr'],
      opens: '2026-05-05T00:00:00+02:00',
      closes: '2026-06-02T00:00:00+02:00',
      title: { de: '', en: '', tr: '' },
      contact: { email: '', name: { de: '', en: '', tr: '' } },
      fields: [],
    });
    const sections = new Set(draftIssues(draft).map((issue) => issue.section));
    expect(sections).toEqual(new Set(['settings', 'texts', 'fields']));
    expect(
      draftIssues(draft)
        .filter((issue) => issue.section === 'settings')
        .map((i) => i.path[0]),
    ).toEqual(['contact', 'contact', 'contact', 'contact']);
  });
});

describe('draftFromTemplate', () => {
  it('copies a consultation with a new id, slug and dates, and stays valid', async () => {
    for (const { definition } of await shippedForms()) {
      // Act
      const draft = draftFromTemplate(definition, {
        id: 'kopie',
        slug: 'kopie',
        now: new Date('2027-06-01T10:00:00Z'),
      });
      // Assess
      expect(draft).toEqual({
        ...definition,
        id: 'kopie',
        slug: 'kopie',
        opens: '2027-06-02T00:00:00+02:00',
        closes: '2027-06-30T00:00:00+02:00',
      });
      expect(consultationSchema.safeParse(draft).success).toBe(true);
      expect(draft.fields).not.toBe(definition.fields);
    }
  });
});

describe('consultationStatus', () => {
  const published = { opens: '2026-11-01T00:00:00+01:00', closes: '2027-01-01T00:00:00+01:00' };
  it.each([
    ['draft', undefined, '2026-12-01T00:00:00Z'],
    ['scheduled', published, '2026-10-31T22:59:59Z'],
    ['open', published, '2026-10-31T23:00:00Z'],
    ['open', published, '2026-12-31T22:59:59Z'],
    ['closed', published, '2026-12-31T23:00:00Z'],
    ['closed', { ...published, closedAt: '2026-11-15T10:00:00Z' }, '2026-12-01T00:00:00Z'],
    ['closed', { ...published, closedAt: '2026-10-15T10:00:00Z' }, '2026-10-20T00:00:00Z'],
  ] as const)('is %s for %j at %s', (status, given, now) => {
    expect(consultationStatus({ published: given, now: new Date(now) })).toBe(status);
  });
});
