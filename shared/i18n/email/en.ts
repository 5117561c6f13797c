import type { EmailMessages } from './de.ts';

/** English: the confirmation copy and the parts every email shares. */
export const en = {
  subject: (p) => `Your answers: ${p.title} (reference ${p.reference})`,
  greeting: 'Hello,',
  intro: (p) => `Thank you for taking part in “${p.title}”. Here is a copy of your answers.`,
  unverifiedNote:
    'Your email address has not been confirmed, so this copy contains only the answer options you chose, none of the texts you wrote yourself.',
  yourAnswers: 'Your answers',
  reference: 'Reference number',
  yes: 'Yes',
  contact: (p) => `If you have any questions, please contact ${p.name}: ${p.email}`,
  automatic: 'This email was sent automatically because you asked for a copy of your answers in the form.',
} satisfies EmailMessages;
