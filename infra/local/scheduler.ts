import { randomUUID } from 'node:crypto';
import type { ScheduledEvent } from 'aws-lambda';
import { createLambdaContext } from './lambda-context.ts';
import type { LoadedHandler } from './lambda-handlers.ts';

/** The event an EventBridge schedule rule (`rate(...)`) sends its target, for `time`. */
export function scheduledEvent(ruleName: string, time: Date): ScheduledEvent {
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': 'Scheduled Event',
    source: 'aws.events',
    account: '000000000000',
    time: time.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    region: 'eu-central-1',
    resources: [`arn:aws:events:eu-central-1:000000000000:rule/${ruleName}`],
    detail: {},
  };
}

export interface SchedulerOptions {
  handler: LoadedHandler;
  functionName: string;
  /** Time between runs; 0 runs only on `runNow()`. */
  intervalMs: number;
  log: (line: string) => void;
  now?: () => Date;
}

export interface Scheduler {
  /** Runs the handler once now (waits for a run in progress first); resolves with its result. */
  runNow(): Promise<unknown>;
  stop(): Promise<void>;
}

/**
 * The local stand-in for an EventBridge schedule rule: invokes the handler every `intervalMs` with a
 * scheduled event. Runs never overlap (a tick during a run is skipped; `runNow` waits for it), and
 * a failed run is logged and the schedule goes on, as the next run of a rule would.
 */
export function createScheduler(options: SchedulerOptions): Scheduler {
  const now = options.now ?? (() => new Date());
  let running: Promise<unknown> = Promise.resolve();
  let busy = false;
  let stopped = false;

  const invoke = (): Promise<unknown> => {
    const run = running.then(async () => {
      busy = true;
      try {
        return await options.handler(
          scheduledEvent(options.functionName, now()),
          createLambdaContext(options.functionName),
        );
      } finally {
        busy = false;
      }
    });
    // The chain goes on after a failure; the caller of runNow still sees it.
    running = run.catch(() => undefined);
    return run;
  };

  const timer =
    options.intervalMs > 0
      ? setInterval(() => {
          // A tick during a run is dropped, so slow runs never pile up behind each other.
          if (stopped || busy) return;
          invoke().catch((error: unknown) => {
            options.log(
              `${options.functionName} failed: ${error instanceof Error ? error.message : String(error)}`,
            );
          });
        }, options.intervalMs)
      : undefined;
  // A timer alone must not keep a script (or a test run) alive.
  timer?.unref();

  return {
    runNow: invoke,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
