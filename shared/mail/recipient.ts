import type { Consultation } from '../definition/schema.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Submission } from '../storage/types.ts';
import { pageLocale } from '../views/localized.ts';
import type { EmailEffect } from '../workflow/types.ts';

/** Where an email goes and the language it is written in. */
export interface Recipient {
  address: string;
  locale: Locale;
}

/**
 * Resolves an effect's recipient: approvers in their own language, the submitter at their address
 * in the language they submitted in, the department at its contact address in the consultation's
 * default language. Undefined when the submitter left no address (nothing to send, not an error).
 */
export function recipientOf(
  effect: EmailEffect,
  submission: Submission,
  definition: Consultation,
): Recipient | undefined {
  switch (effect.to.kind) {
    case 'approver':
      return { address: effect.to.email, locale: pageLocale(definition, effect.to.language) };
    case 'submitter': {
      const address = submitterAddress(submission, definition);
      return address ? { address, locale: pageLocale(definition, submission.locale) } : undefined;
    }
    case 'department': {
      // The snapshot copied the contact at submit time; the definition is the guard for older items.
      const department = submission.workflow?.snapshot.department ?? {
        email: definition.contact.email,
        language: definition.defaultLanguage,
      };
      return { address: department.email, locale: pageLocale(definition, department.language) };
    }
    case 'previousAddress':
      // The submission's language: the address belonged to the same submitter.
      return { address: effect.to.email, locale: pageLocale(definition, submission.locale) };
    default:
      return effect.to satisfies never;
  }
}

/** The submitter's address: the answer of the form's first email field, else the copy address. */
export function submitterAddress(submission: Submission, definition: Consultation): string | undefined {
  for (const field of definition.fields) {
    if (field.type !== 'email') continue;
    const value = submission.personal[field.id] ?? submission.answers[field.id];
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return submission.copyTo || undefined;
}
