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
  home: 455_012,
  form: 484_345,
  submit: 696_469,
  confirmation: 487_544,
  results: 477_821,
  legal: 558_952,
  review: 596_643,
  decide: 601_074,
  renewLink: 597_682,
  status: 571_846,
  resubmit: 737_470,
  erase: 549_687,
  confirmLink: 513_552,
  confirmAnswer: 518_724,
  adminSignIn: 509_027,
  adminConsultations: 883_584,
  adminSubmissions: 622_064,
  adminStaff: 511_822,
  mailer: 583_044,
  reminders: 344_758,
};
const MARGIN = 1.02;

/** Zod instances each function constructed at load when the ceilings were set (goal: 0 beyond config). */
const MEASURED_ZOD_AT_LOAD: Readonly<Record<string, number>> = {
  home: 843,
  form: 865,
  submit: 880,
  confirmation: 888,
  results: 843,
  legal: 907,
  review: 888,
  decide: 893,
  renewLink: 888,
  status: 888,
  resubmit: 903,
  erase: 888,
  confirmLink: 903,
  confirmAnswer: 903,
  adminSignIn: 922,
  adminConsultations: 901,
  adminSubmissions: 915,
  adminStaff: 921,
  mailer: 924,
  reminders: 843,
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
