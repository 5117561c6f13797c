import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Platform, startPlatform } from '../../../infra/local/platform.ts';
import { freePort } from '../../../infra/local/services.ts';

const run = promisify(execFile);
let platform: Platform;
beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'mitwirken-remind-'));
  platform = await startPlatform({
    port: await freePort(),
    sesPort: await freePort(),
    dynamoPort: await freePort(),
    formsDir: 'forms',
    persistDir: dir,
    deadLetterPath: join(dir, 'dlq.jsonl'),
    reminderIntervalMs: 0,
    log: () => {},
  });
}, 120_000);
afterAll(async () => {
  await platform?.stop();
});

describe('reminders on the local platform', () => {
  it('runs the reminders function like its schedule would', async () => {
    await expect(platform.runReminders()).resolves.toEqual({ reminded: 0, skipped: 0, more: false });
  });

  it('can be run by hand against the running platform’s table (npm run remind)', async () => {
    const port = new URL(platform.dynamoEndpoint).port;
    const env = { ...process.env, DYNAMODB_PORT: port, TABLE_NAME: platform.tableName };

    const now = await run('npx', ['tsx', 'infra/local/remind.ts'], { env });
    const later = await run('npx', ['tsx', 'infra/local/remind.ts', '--now', '2026-07-01T08:00:00Z'], {
      env,
    });

    expect(JSON.parse(now.stdout.trim().split('\n').at(-1) ?? '')).toEqual({
      reminded: 0,
      skipped: 0,
      more: false,
    });
    expect(JSON.parse(later.stdout.trim())).toEqual({
      now: '2026-07-01T08:00:00Z',
      reminded: 0,
      skipped: 0,
      more: false,
    });
  }, 60_000);
});
