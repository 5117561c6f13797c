import type { Consultation } from '../definition/schema.ts';
import type { ErasureResult } from '../storage/erasure.ts';
import type { Repository } from '../storage/repository-types.ts';

export interface EraseDeps {
  repository: Pick<Repository, 'eraseSubmissionData'>;
}

/**
 * The answers besides the `personal` ones that identify the submitter: the form's email and phone
 * fields (a contact address not marked `personal` is still the submitter's).
 */
export function identifyingFields(definition: Consultation): string[] {
  return definition.fields.flatMap((field) =>
    field.type === 'email' || field.type === 'phone' ? [field.id] : [],
  );
}

/**
 * Erases a submitter's personal data at their request (see storage/erasure.ts): personal answers,
 * contact and copy address at once, the audit event and the department's notice in the same
 * transaction; a second request changes nothing and answers `alreadyErased` with the first time.
 */
export function eraseOnRequest(
  deps: EraseDeps,
  input: { consultationId: string; submissionId: string; definition: Consultation; now: Date },
): Promise<ErasureResult> {
  const { consultationId, submissionId, definition, now } = input;
  return deps.repository.eraseSubmissionData({
    consultationId,
    submissionId,
    identifyingAnswers: identifyingFields(definition),
    now,
  });
}
