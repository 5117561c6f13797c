import {
  type Consultation,
  type ConsultationInput,
  consultationSchema,
} from '../../shared/definition/schema.ts';

/**
 * A small valid consultation (open from 2026-01-01 to 2026-12-31, German and English): a radio
 * question, an optional comment, a personal name and an email field. Pass an id unique to the test
 * file; the slug defaults to it.
 */
export function aConsultation(id: string, overrides: Partial<ConsultationInput> = {}): Consultation {
  return consultationSchema.parse({
    id,
    slug: id,
    defaultLanguage: 'de',
    languages: ['de', 'en'],
    opens: '2026-01-01T00:00:00+01:00',
    closes: '2026-12-31T23:59:59+01:00',
    title: { de: 'Wir sind Hannover', en: 'We are Hanover' },
    intro: { de: 'Wie soll das Strategiepapier heißen?', en: 'What should the strategy paper be called?' },
    thankYou: { de: 'Danke für Ihre Stimme.', en: 'Thank you for your vote.' },
    contact: {
      email: 'integration@example.org',
      name: { de: 'Sachgebiet Integration', en: 'Integration office' },
    },
    retentionDays: 30,
    fields: [
      {
        type: 'radio',
        id: 'name_choice',
        required: true,
        label: { de: 'Ihr Favorit', en: 'Your favourite' },
        options: [
          { value: 'wir-sind-hannover', label: { de: 'Wir sind Hannover', en: 'We are Hanover' } },
          { value: 'zusammen', label: { de: 'Zusammen in Hannover', en: 'Together in Hanover' } },
        ],
      },
      { type: 'textarea', id: 'comment', label: { de: 'Kommentar', en: 'Comment' } },
      { type: 'text', id: 'full_name', personal: true, label: { de: 'Name', en: 'Name' } },
      { type: 'email', id: 'email', personal: true, label: { de: 'E-Mail', en: 'Email' } },
    ],
    ...overrides,
  });
}

/** A date inside aConsultation's default opening period. */
export const WHILE_OPEN = new Date('2026-06-15T10:00:00Z');

type WorkflowInput = NonNullable<ConsultationInput['workflow']>;
type StageInput = WorkflowInput['stages'][number];

/** A stage with `count` approvers `<id>1@hannover.example` …; rule `any` unless overridden. */
export function aStage(id: string, count: number, overrides: Partial<StageInput> = {}): StageInput {
  return {
    id,
    name: { de: `Stufe ${id}`, en: `Stage ${id}` },
    approvers: Array.from({ length: count }, (_, i) => ({
      email: `${id}${i + 1}@hannover.example`,
      name: `${id} ${i + 1}`,
      language: 'de' as const,
    })),
    rule: 'any',
    ...overrides,
  };
}

/**
 * aConsultation with an approval workflow: by default an expert group (3 approvers, all must
 * approve) and a steering group (2 approvers, any one), reminders after 3 days.
 */
export function aConsultationWithWorkflow(
  id: string,
  stages: StageInput[] = [aStage('experts', 3, { rule: 'all' }), aStage('steering', 2)],
  overrides: Partial<ConsultationInput> = {},
): Consultation {
  return aConsultation(id, { workflow: { stages }, ...overrides });
}
