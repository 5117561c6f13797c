import type { Consultation } from './schema.ts';

export type ConsultationState = 'notYetOpen' | 'open' | 'closed';

/**
 * Whether a consultation accepts answers at `now`: from `opens` (inclusive) until `closes`
 * (exclusive), unless staff closed it by hand (`closedAt`, from the published state): then it is
 * closed whatever its dates say, until they reopen it.
 */
export function consultationState(
  definition: Pick<Consultation, 'opens' | 'closes'>,
  now: Date,
  closedAt?: string | undefined,
): ConsultationState {
  if (closedAt !== undefined) return 'closed';
  const at = now.getTime();
  if (at < Date.parse(definition.opens)) return 'notYetOpen';
  if (at < Date.parse(definition.closes)) return 'open';
  return 'closed';
}

/**
 * When a consultation stopped taking answers, for the "closed on …" notice: the earlier of its
 * `closes` and the moment staff closed it by hand.
 */
export function closedSince(definition: Pick<Consultation, 'closes'>, closedAt?: string | undefined): string {
  if (closedAt === undefined) return definition.closes;
  return Date.parse(closedAt) < Date.parse(definition.closes) ? closedAt : definition.closes;
}
