import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDefinitionsFromDir } from '../../../shared/definition/load.ts';
import { consultationState } from '../../../shared/definition/schedule.ts';
import type { Consultation } from '../../../shared/definition/schema.ts';

const FORMS = fileURLToPath(new URL('../../../forms/', import.meta.url));
const TODAY = new Date('2026-11-24T12:00:00+01:00');

async function examples(): Promise<Map<string, Consultation>> {
  const { definitions, errors } = await loadDefinitionsFromDir(FORMS);
  expect(errors).toEqual([]);
  return new Map(definitions.map((d) => [d.definition.slug, d.definition]));
}

describe('the example forms in forms/', () => {
  it.each(['strategiepapier-name', 'zusammenleben-umfrage', 'massnahmen-vorschlag'])(
    '%s is valid, open today, offers the main languages and links the editor schema',
    async (slug) => {
      const definition = (await examples()).get(slug);
      expect(definition?.languages).toEqual(expect.arrayContaining(['de', 'en', 'tr', 'ar', 'ru', 'uk']));
      expect(definition && consultationState(definition, TODAY)).toBe('open');
      const text = await readFile(`${FORMS}${slug}.yaml`, 'utf8');
      expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./schema.json');
    },
  );

  it('lets residents vote for "Wir sind Hannover – Zusammenleben in der Stadt"', async () => {
    const poll = (await examples()).get('strategiepapier-name');
    const vote = poll?.fields.find((f) => f.type === 'radio');
    expect(vote?.type === 'radio' && vote.options.map((o) => o.label.de)).toContain(
      'Wir sind Hannover – Zusammenleben in der Stadt',
    );
    // One confirmed vote per person: the address is required, and the vote counts once confirmed.
    expect(poll?.fields.find((f) => f.type === 'email')).toMatchObject({ personal: true, required: true });
    expect(poll).toMatchObject({ verification: 'email', onePerPerson: true });
    expect(poll?.fields.find((f) => f.type === 'consent')).toMatchObject({ required: true });
  });

  it('shows nearly every field type and a condition in the survey', async () => {
    const survey = (await examples()).get('zusammenleben-umfrage');
    const types = new Set(survey?.fields.map((f) => f.type));
    expect([...types].sort()).toEqual([
      'checkboxes',
      'consent',
      'date',
      'email',
      'heading',
      'number',
      'paragraph',
      'phone',
      'radio',
      'scale',
      'select',
      'text',
      'textarea',
    ]);
    expect(survey?.fields.filter((f) => f.showIf)).toHaveLength(1);
    const personal = survey?.fields.filter((f) => 'personal' in f && f.personal).map((f) => f.type);
    expect(personal).toEqual(['text', 'email', 'phone']);
  });

  it('asks for the proposer as personal data in the measure proposal', async () => {
    const proposal = (await examples()).get('massnahmen-vorschlag');
    const personal = proposal?.fields.flatMap((f) => ('personal' in f && f.personal ? [f.id] : []));
    expect(personal).toEqual(['name', 'email']);
    expect(proposal?.workflow?.stages.map((s) => s.id)).toEqual([
      'expertengruppe',
      'lenkungsgruppe',
      'internationaler-ausschuss',
    ]);
  });
});
