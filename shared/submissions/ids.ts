import { ulid } from 'ulid';

/** Canonical ULID: 26 Crockford base-32 characters, upper case, first one at most 7 (48-bit time). */
const ULID_PATTERN = /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/;

/** A fresh submission id (ULID) for a rendered form; time-ordered so listings sort by submission. */
export function newSubmissionId(now: Date): string {
  return ulid(now.getTime());
}

/** True when `value` is a canonical ULID (what `newSubmissionId` produces). */
export function isSubmissionId(value: string): boolean {
  return ULID_PATTERN.test(value);
}

/**
 * The short reference shown to residents, e.g. `7K3Q-9D2F`: the first 8 characters of the ULID's
 * random part (40 bits), so two submissions of the same millisecond still differ. It identifies a
 * submission for people on the phone; links always carry the full id.
 */
export function referenceOf(submissionId: string): string {
  const random = submissionId.slice(10, 18);
  return `${random.slice(0, 4)}-${random.slice(4)}`;
}
