import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createScheduler, scheduledEvent } from '../../../infra/local/scheduler.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the local schedule', () => {
  it('invokes the handler every interval with an EventBridge scheduled event', async () => {
    // Prepare
    const events: unknown[] = [];
    const scheduler = createScheduler({
      handler: async (event) => events.push(event),
      functionName: 'reminders',
      intervalMs: 60_000,
      log: () => {},
      now: () => new Date('2026-06-15T10:00:00.123Z'),
    });
    // Act
    await vi.advanceTimersByTimeAsync(59_999);
    const beforeFirst = events.length;
    await vi.advanceTimersByTimeAsync(120_001);
    // Assess
    expect(beforeFirst).toBe(0);
    expect(events).toHaveLength(3);
    expect(events[0]).toMatchObject({
      'detail-type': 'Scheduled Event',
      source: 'aws.events',
      time: '2026-06-15T10:00:00Z',
      detail: {},
    });
    await scheduler.stop();
  });

  it('never overlaps runs: ticks during a slow run are skipped', async () => {
    let active = 0;
    let most = 0;
    let runs = 0;
    const scheduler = createScheduler({
      handler: async () => {
        runs++;
        most = Math.max(most, ++active);
        await new Promise((resolve) => setTimeout(resolve, 25_000));
        active--;
      },
      functionName: 'reminders',
      intervalMs: 10_000,
      log: () => {},
    });

    await vi.advanceTimersByTimeAsync(100_000);

    expect(most).toBe(1);
    // Runs start at 10 s, 40 s, 70 s, 100 s: each takes 25 s, the ticks in between are dropped.
    expect(runs).toBe(4);
    const stopped = scheduler.stop();
    await vi.advanceTimersByTimeAsync(25_000);
    await stopped;
  });

  it('logs a failed run and keeps the schedule going', async () => {
    const lines: string[] = [];
    let calls = 0;
    const scheduler = createScheduler({
      handler: async () => {
        calls++;
        throw new Error('table not found');
      },
      functionName: 'mitwirken-local-reminders',
      intervalMs: 1_000,
      log: (line) => lines.push(line),
    });

    await vi.advanceTimersByTimeAsync(2_000);

    expect(calls).toBe(2);
    expect(lines).toEqual([
      'mitwirken-local-reminders failed: table not found',
      'mitwirken-local-reminders failed: table not found',
    ]);
    await scheduler.stop();
  });

  it('runs on demand, reporting the result or the failure to the caller', async () => {
    const results = ['first', new Error('boom')];
    const scheduler = createScheduler({
      handler: async () => {
        const next = results.shift();
        if (next instanceof Error) throw next;
        return next;
      },
      functionName: 'reminders',
      intervalMs: 0,
      log: () => {},
    });

    await expect(scheduler.runNow()).resolves.toBe('first');
    await expect(scheduler.runNow()).rejects.toThrow('boom');
    await scheduler.stop();
  });

  it('stops: no run after stop, and stop waits for the run in progress', async () => {
    let finished = 0;
    const scheduler = createScheduler({
      handler: async () => {
        await new Promise((resolve) => setTimeout(resolve, 5_000));
        finished++;
      },
      functionName: 'reminders',
      intervalMs: 1_000,
      log: () => {},
    });
    await vi.advanceTimersByTimeAsync(1_000);

    const stopped = scheduler.stop();
    await vi.advanceTimersByTimeAsync(10_000);
    await stopped;

    expect(finished).toBe(1);
  });
});

describe('a scheduled event', () => {
  it('names the rule and has the time without milliseconds, as EventBridge sends it', () => {
    const event = scheduledEvent('mitwirken-local-reminders', new Date('2026-01-02T09:00:00.999Z'));

    expect(event.time).toBe('2026-01-02T09:00:00Z');
    expect(event.resources).toEqual([
      'arn:aws:events:eu-central-1:000000000000:rule/mitwirken-local-reminders',
    ]);
  });
});
