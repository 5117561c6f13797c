import { TEST_ORIGIN_SECRET } from './origin-secret.ts';

// vitest setupFile (unit and integration): the route chains read ORIGIN_VERIFY_SECRET when a handler
// module loads, which is at import time, before any test body could set it.
process.env.ORIGIN_VERIFY_SECRET = TEST_ORIGIN_SECRET;
