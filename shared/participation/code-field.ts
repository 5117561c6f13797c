/** The form's field name of the participation code (`verification: code`). */
export const CODE_FIELD = '_code';

/** Why a posted code is refused; each has a localized message at the code input. */
export type CodeProblem = 'missing' | 'malformed' | 'unknown' | 'used' | 'voided';
