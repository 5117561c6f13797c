/**
 * The origin-verification value of the tests: what CloudFront (in AWS) and the local platform's
 * adapter add to every request. `httpEvent` sends it, and front-door-env.ts gives it to the handlers
 * as ORIGIN_VERIFY_SECRET, so every handler test passes the front door unless it means not to.
 * Imports nothing: the setup file loads it before any test's `vi.mock` could apply.
 */
export const TEST_ORIGIN_SECRET = 'test-origin-verify-0123456789abcdefghijklmnopqrstuv';
