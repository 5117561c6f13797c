import { ORIGIN_VERIFY_HEADER } from '../../functions/middleware/origin-verify.ts';
import { TEST_ORIGIN_SECRET } from './origin-secret.ts';

export { TEST_ORIGIN_SECRET };

/** The origin-verification header as CloudFront (and the local platform's adapter) adds it. */
export const frontDoorHeaders = (value = TEST_ORIGIN_SECRET): Record<string, string> => ({
  [ORIGIN_VERIFY_HEADER]: value,
});
