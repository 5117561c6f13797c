import type { Consultation } from '../../shared/definition/schema.ts';
import type { Keyring } from '../../shared/links/index.ts';
import type { DefinitionCache } from '../../shared/storage/definition-cache.ts';
import { issueFormToken, submissionIdOfToken } from '../../shared/submissions/form-token.ts';

/**
 * Server-signed form ids for tests that post forms without fetching them first: the PARTICIPATION
 * keyring tests hand to submitAnswers / createSubmitHandler, and the `_sid` a rendered form of a
 * given consultation and version would carry.
 */
export const TEST_PARTICIPATION_KEYRING: Keyring = {
  current: { id: 'p1', secret: Buffer.alloc(32, 7) },
  previous: [],
};

/** The `participationKeyring` dependency of the form and submit handlers in tests. */
export const participationKeyring = (): Promise<Keyring> => Promise.resolve(TEST_PARTICIPATION_KEYRING);

/** The `_sid` the form of this consultation and version would carry when rendered at `now`. */
export function signedFormId(
  form:
    | { definition: Pick<Consultation, 'id'>; version: string }
    | { consultationId: string; version: string },
  now: Date = new Date(),
  keyring: Keyring = TEST_PARTICIPATION_KEYRING,
): string {
  const consultationId = 'definition' in form ? form.definition.id : form.consultationId;
  return issueFormToken(keyring, { consultationId, version: form.version }, now);
}

/** The submission id (ULID) inside a signed `_sid`, e.g. to read the stored submission. */
export function submissionIdOf(signed: string): string {
  const id = submissionIdOfToken(signed);
  if (id === undefined) throw new Error(`Not a signed form id: ${signed}`);
  return id;
}

/** The `_sid` of the current form behind `slug`, as the form page would render it at `now`. */
export async function signedFormIdFor(
  definitions: Pick<DefinitionCache, 'bySlug'>,
  slug: string,
  now: Date = new Date(),
): Promise<string> {
  const published = await definitions.bySlug(slug);
  if (!published) throw new Error(`No consultation is published at ${slug}`);
  return signedFormId(published, now);
}
