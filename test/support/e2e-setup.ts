import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startPlatform } from '../../infra/local/platform.ts';
import { freePort } from '../../infra/local/services.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The local platform's web server, e.g. http://localhost:41234 */
    baseUrl: string;
    /** The local SES; sent mail as JSON at `${sesUrl}/store`. */
    sesUrl: string;
    /** The address allowed to sign in as admin at `${baseUrl}/admin` (its link arrives at sesUrl). */
    adminEmail: string;
  }
}

/**
 * e2e globalSetup: the whole local platform (as `npm start` runs it) on free ports with the real
 * forms/, in memory. Its log goes to test-results/e2e-platform.log.
 */
export default async function setup({ provide }: Pick<TestProject, 'provide'>): Promise<() => Promise<void>> {
  await mkdir('test-results', { recursive: true });
  const logFile = createWriteStream(join('test-results', 'e2e-platform.log'), { flags: 'w' });
  const ports = new Set<number>();
  while (ports.size < 3) ports.add(await freePort());
  const [port, sesPort, dynamoPort] = [...ports] as [number, number, number];
  const platform = await startPlatform({
    port,
    sesPort,
    dynamoPort,
    formsDir: 'forms',
    deadLetterPath: join(await mkdtemp(join(tmpdir(), 'mitwirken-e2e-')), 'dlq.jsonl'),
    log: (line) => logFile.write(`${new Date().toISOString()} ${line}\n`),
  });
  provide('baseUrl', platform.baseUrl);
  provide('sesUrl', platform.sesUrl);
  provide('adminEmail', platform.adminEmail);
  provide('dynamoEndpoint', platform.dynamoEndpoint);
  provide('tableName', platform.tableName);
  return async () => {
    await platform.stop();
    await new Promise((resolve) => logFile.end(resolve));
  };
}
