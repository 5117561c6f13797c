import { closedSince, consultationState } from '../definition/schedule.ts';
import type { Consultation, ResultsPublish } from '../definition/schema.ts';

/**
 * Whether a consultation's results may be shown to the public at `now`:
 * - `public`: shown (live, or after close once it has closed);
 * - `afterClose`: promised, but it is still open or has not begun (`at`: when it closes);
 * - `never`: the consultation does not publish results.
 */
export type ResultsPublication =
  | { kind: 'public'; closed: boolean }
  | { kind: 'afterClose'; at: string }
  | { kind: 'never' };

/** The publication rule of `results.publish` (default never) against the schedule, closed by hand included. */
export function resultsPublication(
  definition: Pick<Consultation, 'opens' | 'closes'> & { results?: { publish: ResultsPublish } | undefined },
  now: Date,
  closedAt?: string | undefined,
): ResultsPublication {
  const publish = definition.results?.publish ?? 'never';
  if (publish === 'never') return { kind: 'never' };
  const closed = consultationState(definition, now, closedAt) === 'closed';
  if (publish === 'live' || closed) return { kind: 'public', closed };
  return { kind: 'afterClose', at: closedSince(definition, closedAt) };
}
