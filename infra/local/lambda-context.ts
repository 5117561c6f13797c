import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';

const ACCOUNT = '000000000000';
const REGION = 'eu-central-1';

/** The Lambda invocation context a handler receives, with a deadline like the function's timeout. */
export function createLambdaContext(
  functionName: string,
  options: { timeoutMs?: number; requestId?: string } = {},
): Context {
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  const unsupported = (what: string) => () => {
    throw new Error(`context.${what}() is the callback style of Node 0.10; return a promise instead`);
  };
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${functionName}`,
    memoryLimitInMB: '512',
    awsRequestId: options.requestId ?? randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: `local/[$LATEST]${randomUUID().replaceAll('-', '')}`,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: unsupported('done'),
    fail: unsupported('fail'),
    succeed: unsupported('succeed'),
  };
}
