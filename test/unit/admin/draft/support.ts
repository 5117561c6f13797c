import { fileURLToPath } from 'node:url';
import type { FormBody } from '../../../../shared/answers/types.ts';
import { loadDefinitionsFromDir } from '../../../../shared/definition/load.ts';
import type { Consultation } from '../../../../shared/definition/schema.ts';

export const FORMS_DIR = fileURLToPath(new URL('../../../../forms/', import.meta.url));

/** The definitions shipped in forms/, by file name. */
export async function shippedForms(): Promise<{ file: string; definition: Consultation }[]> {
  const { definitions, errors } = await loadDefinitionsFromDir(FORMS_DIR);
  if (errors.length || !definitions.length)
    throw new Error(`forms/ does not load: ${JSON.stringify(errors)}`);
  return definitions;
}

/** A urlencoded body as the admin routes parse it: repeated names become arrays. */
export function bodyOf(inputs: readonly { name: string; value: string }[]): FormBody {
  const body: FormBody = {};
  for (const { name, value } of inputs) {
    const seen = body[name];
    body[name] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value];
  }
  return body;
}

/** A small draft in German and English, as the editor holds it (may be invalid). */
export function aDraft(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'baumpflanzung',
    slug: 'baumpflanzung',
    defaultLanguage: 'de',
    languages: ['de', 'en'],
    opens: '2027-04-01T00:00:00+02:00',
    closes: '2027-05-01T00:00:00+02:00',
    retentionDays: 90,
    title: { de: 'Neue Bäume', en: 'New trees' },
    intro: { de: 'Wo sollen Bäume stehen?', en: 'Where should trees grow?' },
    thankYou: { de: 'Danke!', en: 'Thank you!' },
    contact: { email: 'gruen@example.org', name: { de: 'Stadtgrün', en: 'Parks' } },
    fields: [
      {
        type: 'radio',
        id: 'district',
        required: true,
        label: { de: 'Stadtteil', en: 'District' },
        options: [
          { value: 'mitte', label: { de: 'Mitte', en: 'Centre' } },
          { value: 'linden', label: { de: 'Linden', en: 'Linden' } },
        ],
      },
      { type: 'textarea', id: 'comment', label: { de: 'Kommentar', en: 'Comment' } },
      { type: 'email', id: 'email', personal: true, label: { de: 'E-Mail', en: 'Email' } },
    ],
    ...overrides,
  };
}
