import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { loadFrontDoorConfig } from '../../shared/config.ts';
import { originVerify } from '../middleware/origin-verify.ts';

/*
 * Read here, once per container at module load, rather than passed in by each handler: every route
 * chain (route-chain.ts, functions/admin/http/) takes the check from this one place, so no route can
 * forget it, and a function deployed without ORIGIN_VERIFY_SECRET fails at start instead of serving.
 */
const config = loadFrontDoorConfig(process.env);

/** The origin-verification check with the deployment's value: the first check of every HTTP route. */
export function frontDoor(): MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2> {
  return originVerify(config);
}
