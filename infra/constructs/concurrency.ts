import type { FunctionName } from '../../functions/routes.ts';

/**
 * Reserved concurrency of every function: for a public function a cap, so that a flood of requests
 * (or requests that each hold the function for its whole 10 s timeout, as a catastrophic pattern
 * once did) uses up that function's share and nothing else; for the mailer and the staff functions
 * a floor, so they keep capacity of their own whatever the public side does. Without reservations
 * all functions draw on the account's one unreserved pool (1,000 by default), and one busy public
 * function could take all of it: mails would stop and staff could not sign in.
 *
 * Why these numbers: API Gateway forwards at most 100 requests/s (burst 200, the stage throttle in
 * public-api.ts). A warm page answers in 50–250 ms, so 100 requests/s need about 25 concurrent
 * executions; the busiest pages (form, submit) get 50 to absorb cold starts (~1 s) in a burst,
 * pages one step later (home, confirmation, status) 20, the approver pages (a few dozen approvers
 * per consultation) 10 and 5, the results pages 10 (cached a minute), the legal pages 5, and the two halves of the email confirmation link 10 each (one mail, one click per answer). Staff are a handful of people per department; the mailer reads the
 * table stream, one invocation per shard (a few for this table), so 10 leaves room for resharding.
 * Reminders run one sweep at a time: an overlapping tick is throttled and EventBridge retries it.
 * The total (271) stays well below the 900 an account of the default quota can reserve, leaving
 * the unreserved pool to the deployment-time form publisher and anything else in the account.
 */
export const DEFAULT_RESERVED_CONCURRENCY = {
  home: 20,
  form: 50,
  submit: 50,
  confirmation: 20,
  results: 10,
  legal: 5,
  review: 10,
  decide: 10,
  renewLink: 5,
  status: 20,
  resubmit: 10,
  erase: 5,
  confirmLink: 10,
  confirmAnswer: 10,
  adminSignIn: 5,
  adminConsultations: 10,
  adminSubmissions: 10,
  adminStaff: 5,
  mailer: 10,
  reminders: 1,
} as const satisfies Record<FunctionName, number>;

/** Reserved concurrent executions per function of one stage. */
export type ReservedConcurrency = Record<FunctionName, number>;

/** AWS keeps at least this many executions of the account's quota unreserved. */
export const MIN_UNRESERVED_CONCURRENCY = 100;

/** The account quota an AWS account has unless raised (Lambda "Concurrent executions"). */
export const DEFAULT_ACCOUNT_CONCURRENCY = 1000;

/** How many executions all reservations of a stage take together. */
export function totalReserved(reserved: ReservedConcurrency): number {
  return Object.values(reserved).reduce((sum, n) => sum + n, 0);
}
