import type { Consultation } from './schema.ts';

export type ConsultationState = 'notYetOpen' | 'open' | 'closed';

/** Whether a consultation accepts answers at `now`: from `opens` (inclusive) until `closes` (exclusive). */
export function consultationState(
  definition: Pick<Consultation, 'opens' | 'closes'>,
  now: Date,
): ConsultationState {
  const at = now.getTime();
  if (at < Date.parse(definition.opens)) return 'notYetOpen';
  if (at < Date.parse(definition.closes)) return 'open';
  return 'closed';
}
