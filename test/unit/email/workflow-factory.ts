import type { Consultation } from '../../../shared/definition/schema.ts';
import type { WorkflowEmailInput } from '../../../shared/email/index.ts';
import type { Locale } from '../../../shared/i18n/locales.ts';
import type { EmailEffect } from '../../../shared/workflow/types.ts';
import { consultation, text } from '../views/consultation-factory.ts';

export const EXPERT = 'Expertin.A@Hannover.example';
export const STEERING = 'samir.haddad@hannover.example';

/** The views' test consultation (de, en, ar) with two approval stages. */
export function workflowConsultation(): Consultation {
  return consultation({
    workflow: {
      stages: [
        {
          id: 'experts',
          name: text('Expert*innengruppe'),
          approvers: [{ email: EXPERT, name: 'Dr. Anna Becker', language: 'de' }],
          rule: 'any',
        },
        {
          id: 'steering',
          name: text('Lenkungsgruppe'),
          approvers: [{ email: STEERING, name: 'Samir Haddad', language: 'ar' }],
          rule: 'any',
          onReject: { returnTo: 'experts' },
        },
      ],
    },
  });
}

const approver = (language: Locale) => ({
  kind: 'approver' as const,
  stageId: 'steering',
  email: STEERING,
  name: 'Samir Haddad',
  language,
});
const submitter = { kind: 'submitter' as const };

/** One effect of each template, as the engine makes them. */
export function effectOf(template: EmailEffect['template'], language: Locale = 'de'): EmailEffect {
  const email = { type: 'email' as const };
  switch (template) {
    case 'approvalRequested':
      return { ...email, template, to: approver(language), stageId: 'steering', round: 2 };
    case 'reminder':
      return { ...email, template, to: approver(language), stageId: 'steering', round: 2 };
    case 'received':
    case 'advanced':
    case 'returned':
      return { ...email, template, to: submitter, stageId: 'steering' };
    case 'approved':
      return { ...email, template, to: submitter };
    case 'rejected':
    case 'sentBack':
      return { ...email, template, to: submitter, stageId: 'steering', comment: 'Bitte Kosten ergänzen.' };
    case 'contactChanged':
      return { ...email, template, to: { kind: 'previousAddress', email: 'alt@example.org' } };
    case 'outcome':
      return {
        ...email,
        template,
        to: { kind: 'department' },
        outcome: 'rejected',
        stageId: 'steering',
        comment: 'Zu teuer.',
      };
    case 'erased':
      return { ...email, template, to: { kind: 'department' }, at: '2026-11-03T10:00:00.000Z' };
  }
}

/** The render input for a locale; override what a test looks at. */
export function inputFor(locale: Locale, overrides: Partial<WorkflowEmailInput> = {}): WorkflowEmailInput {
  const definition = workflowConsultation();
  return {
    definition,
    locale,
    reference: '7K3Q-9D2F',
    answers: { lives_here: 'yes', idea: 'Mehr Bänke\nim Park' },
    stages: definition.workflow?.stages ?? [],
    link: { url: 'https://mitwirken.test/r/token', expiresAt: new Date('2026-06-29T10:00:00Z') },
    waitingSince: '2026-06-10T08:00:00Z',
    ...overrides,
  };
}

export const TEMPLATES = [
  'approvalRequested',
  'reminder',
  'received',
  'advanced',
  'returned',
  'approved',
  'rejected',
  'sentBack',
  'outcome',
] as const satisfies readonly EmailEffect['template'][];
