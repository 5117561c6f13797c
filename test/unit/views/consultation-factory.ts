import {
  type Consultation,
  type ConsultationInput,
  consultationSchema,
} from '../../../shared/definition/schema.ts';

const LANGUAGES = ['de', 'en', 'ar'] as const;

/** The same text in every language of the test consultations (a prefix shows which language is used). */
export const text = (value: string) => ({ de: `${value}`, en: `EN ${value}`, ar: `AR ${value}` });

/** A small consultation after the Hannover example; override any part, fields included. */
export function consultation(overrides: Partial<ConsultationInput> = {}): Consultation {
  return consultationSchema.parse({
    id: 'wir-sind-hannover',
    slug: 'wir-sind-hannover',
    defaultLanguage: 'de',
    languages: [...LANGUAGES],
    opens: '2026-05-01T00:00:00+02:00',
    closes: '2026-06-30T18:00:00+02:00',
    title: text('Wir sind Hannover'),
    intro: text('Sagen Sie uns Ihre Meinung.'),
    thankYou: text('Danke für Ihre Teilnahme.'),
    contact: { email: 'integration@hannover.example', name: text('Sachgebiet Integration') },
    retentionDays: 180,
    fields: [
      { type: 'heading', text: text('Über Sie') },
      { type: 'text', id: 'name', label: text('Ihr Name'), hint: text('Vor- und Nachname'), personal: true },
      { type: 'email', id: 'email', label: text('E-Mail'), personal: true },
      {
        type: 'radio',
        id: 'lives_here',
        label: text('Wohnen Sie in Hannover?'),
        required: true,
        options: [
          { value: 'yes', label: text('Ja') },
          { value: 'no', label: text('Nein') },
        ],
      },
      {
        type: 'select',
        id: 'district',
        label: text('Stadtbezirk'),
        options: [
          { value: 'linden', label: text('Linden-Limmer') },
          { value: 'mitte', label: text('Mitte') },
        ],
        showIf: { field: 'lives_here', equals: 'yes' },
      },
      {
        type: 'checkboxes',
        id: 'topics',
        label: text('Themen'),
        options: [
          { value: 'work', label: text('Arbeit') },
          { value: 'school', label: text('Schule') },
          { value: 'housing', label: text('Wohnen') },
        ],
      },
      {
        type: 'textarea',
        id: 'idea',
        label: text('Ihre Idee'),
        showIf: { field: 'district', equals: ['linden', 'mitte'] },
      },
      {
        type: 'scale',
        id: 'importance',
        label: text('Wie wichtig ist Ihnen das?'),
        minLabel: text('unwichtig'),
        maxLabel: text('sehr wichtig'),
      },
      { type: 'number', id: 'years', label: text('Seit wie vielen Jahren?') },
      { type: 'date', id: 'since', label: text('Seit wann?') },
      { type: 'phone', id: 'phone', label: text('Telefon') },
      {
        type: 'consent',
        id: 'privacy',
        label: text('Ich habe die Datenschutzhinweise gelesen.'),
        required: true,
      },
    ],
    ...overrides,
  });
}

/** The same consultation without an email field. */
export function consultationWithoutEmail(): Consultation {
  const base = consultation();
  return { ...base, fields: base.fields.filter((field) => field.type !== 'email') };
}
