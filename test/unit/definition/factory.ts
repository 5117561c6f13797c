import { stringify } from 'yaml';

/** A text in the factory's two languages. */
export const t = (de: string, en = `${de} (en)`) => ({ de, en });

export const textField = (id: string, extra: Record<string, unknown> = {}) => ({
  type: 'text',
  id,
  label: t(`Frage ${id}`),
  ...extra,
});

export const radioField = (id: string, values = ['ja', 'nein'], extra: Record<string, unknown> = {}) => ({
  type: 'radio',
  id,
  label: t(`Frage ${id}`),
  options: values.map((value) => ({ value, label: t(value) })),
  ...extra,
});

/** A small valid definition (de + en, open Nov 2026 – Mar 2027); override any top-level key. */
export function definition(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'test-form',
    slug: 'test-form',
    languages: ['de', 'en'],
    opens: '2026-11-01T00:00:00+01:00',
    closes: '2027-03-31T23:59:59+02:00',
    title: t('Titel'),
    intro: t('Einleitung'),
    thankYou: t('Danke'),
    contact: { email: 'team@example.org', name: t('Team') },
    retentionDays: 30,
    fields: [radioField('choice'), textField('comment')],
    ...overrides,
  };
}

export const yamlOf = (value: unknown): string => stringify(value, { lineWidth: 0 });

/** 1-based line and column of `needle` in `text` (its first occurrence, or the `nth`, counting from 0). */
export function positionOf(text: string, needle: string, nth = 0): { line: number; column: number } {
  let index = -1;
  for (let i = 0; i <= nth; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`"${needle}" occurs fewer than ${nth + 1} times`);
  }
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
