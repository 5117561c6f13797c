/**
 * The deterministic budgets of every function bundle: the goals of ARCHITECTURE.md ("Budgets") and
 * the ceilings `npm test` asserts today (test/infra/bundle-budgets.test.ts). Where a function is
 * still over its goal, its ceiling is its size when the ceiling was set plus a small margin, so it
 * cannot grow unnoticed while the gap stays visible in the test output and in `npm run bench`.
 */
import { FUNCTIONS } from '../../functions/routes.ts';

export type Audience = 'public' | 'staff' | 'mailer' | 'background';

/** Public pages, staff admin, the mailer, other background functions (new functions classify themselves). */
export function audienceOf(name: string): Audience {
  const spec = (FUNCTIONS as Record<string, { kind: string } | undefined>)[name];
  if (spec?.kind === 'stream') return 'mailer';
  if (spec?.kind === 'schedule') return 'background';
  return name.startsWith('admin') ? 'staff' : 'public';
}

const KB = 1024;

/** ARCHITECTURE.md's goals in bytes (background functions: not set there; held to the mailer's). */
export const GOAL_BYTES: Record<Audience, number> = {
  public: 300 * KB,
  staff: 450 * KB,
  mailer: 400 * KB,
  background: 400 * KB,
};

/**
 * Sizes measured when the ceilings were set (2026-12-02, after issue 8's protections, the results and
 * legal pages; README "Benchmark"), in bytes; the
 * ceiling is this plus MARGIN, or the goal where the function already meets it. Lower a line when
 * a function shrinks; raise one only with the reason in the commit (`npm run bench:budgets` prints
 * both tables as they measure today).
 */
const MEASURED_BYTES: Readonly<Record<string, number>> = {
  home: 452_637,
  form: 481_958,
  submit: 694_375,
  confirmation: 485_090,
  results: 475_447,
  legal: 556_578,
  review: 593_208,
  decide: 597_639,
  renewLink: 594_247,
  status: 541_018,
  resubmit: 706_620,
  confirmLink: 511_190,
  confirmAnswer: 516_278,
  adminSignIn: 506_836,
  adminConsultations: 881_381,
  adminSubmissions: 618_825,
  adminStaff: 509_631,
  mailer: 571_368,
  reminders: 342_379,
};
const MARGIN = 1.02;

/** Zod instances each function constructed at load when the ceilings were set (goal: 0 beyond config). */
const MEASURED_ZOD_AT_LOAD: Readonly<Record<string, number>> = {
  home: 836,
  form: 858,
  submit: 873,
  confirmation: 881,
  results: 836,
  legal: 900,
  review: 881,
  decide: 886,
  renewLink: 881,
  status: 881,
  resubmit: 896,
  confirmLink: 896,
  confirmAnswer: 896,
  adminSignIn: 915,
  adminConsultations: 894,
  adminSubmissions: 908,
  adminStaff: 914,
  mailer: 917,
  reminders: 836,
};

const largestOf = (audience: Audience, measured: Readonly<Record<string, number>>) =>
  Math.max(...Object.entries(measured).flatMap(([n, v]) => (audienceOf(n) === audience ? [v] : [])));

/**
 * The asserted byte ceiling of a function. A function added since (a new public page) gets the
 * ceiling of the largest function of its audience, so it is held to the same line as its peers.
 */
export function byteCeiling(name: string): number {
  const audience = audienceOf(name);
  const measured = MEASURED_BYTES[name] ?? largestOf(audience, MEASURED_BYTES);
  return Math.max(GOAL_BYTES[audience], Math.ceil(measured * MARGIN));
}

/** The asserted ceiling of zod instances at load: no function may construct more than it did. */
export function zodCeiling(name: string): number {
  return MEASURED_ZOD_AT_LOAD[name] ?? largestOf(audienceOf(name), MEASURED_ZOD_AT_LOAD);
}

/** Modules no function bundle may hold: the credential chain beyond env vars, nested SDK clients, event streams. */
export const FORBIDDEN_INPUTS: readonly RegExp[] = [
  /node_modules\/@aws-sdk\/nested-clients\//,
  /node_modules\/@aws-sdk\/credential-provider-(node|ini|sso|process|http|web-identity|login)\//,
  /node_modules\/@aws-sdk\/token-providers\//,
  /node_modules\/@smithy\/core\/dist-[a-z]+\/submodules\/event-streams\//,
  /node_modules\/@smithy\/eventstream-/,
];
