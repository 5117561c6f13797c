import { spawnSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { FUNCTIONS, type FunctionName } from '../../functions/routes.ts';

/** A function bundle built the way the CDK stack builds it (minified ESM, AWS SDK bundled). */
export interface Bundle {
  name: FunctionName | 'empty' | 'sdk-only';
  file: string;
  bytes: number;
}

const BANNER = "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";

/** Synthetic reference bundles: nothing at all, and the DynamoDB client alone (created at load, as handlers do). */
const REFERENCES = {
  empty: 'export const handler = async () => ({ statusCode: 204 });',
  'sdk-only':
    "import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';\nexport const client = new DynamoDBClient({});\nexport const command = GetItemCommand;",
} as const;

/** Bundles every function and the reference modules into `outDir`, as NodejsFunction does with our options. */
export async function buildBundles(outDir: string): Promise<Bundle[]> {
  mkdirSync(outDir, { recursive: true });
  const common = {
    bundle: true,
    minify: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    banner: { js: BANNER },
    logLevel: 'error',
  } as const;
  const bundles: Bundle[] = [];
  for (const [name, contents] of Object.entries(REFERENCES) as [keyof typeof REFERENCES, string][]) {
    const file = join(outDir, `${name}.mjs`);
    await build({ ...common, stdin: { contents, resolveDir: process.cwd(), loader: 'ts' }, outfile: file });
    bundles.push({ name, file, bytes: statSync(file).size });
  }
  for (const [name, f] of Object.entries(FUNCTIONS) as [FunctionName, { entry: string }][]) {
    const file = join(outDir, `${name}.mjs`);
    await build({ ...common, entryPoints: [resolve(f.entry)], outfile: file });
    bundles.push({ name, file, bytes: statSync(file).size });
  }
  return bundles;
}

/** One cold start: a fresh Node process importing the bundle (no invocation), timed from spawn to exit. */
export interface ColdLoad {
  /** Spawn to exit, as a Lambda init pays it: runtime start plus module evaluation. */
  processMs: number;
  /** The `import()` of the bundle alone, measured inside the process. */
  importMs: number;
}

function coldLoadOnce(file: string, env: NodeJS.ProcessEnv): ColdLoad {
  const script = `const t=performance.now();await import(${JSON.stringify(`file://${file}`)});process.stdout.write(String(performance.now()-t));`;
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    env,
    encoding: 'utf8',
  });
  const processMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`loading ${file} failed: ${result.stderr}`);
  return { processMs, importMs: Number(result.stdout) };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Median cold loads per bundle, interleaving bundles round by round so machine noise hits all alike. */
export function measureColdLoads(
  bundles: Bundle[],
  rounds: number,
  env: NodeJS.ProcessEnv,
): Map<Bundle['name'], ColdLoad> {
  const samples = new Map<Bundle['name'], ColdLoad[]>(bundles.map((b) => [b.name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const bundle of bundles) samples.get(bundle.name)?.push(coldLoadOnce(bundle.file, env));
  }
  return new Map(
    [...samples].map(([name, values]) => [
      name,
      { processMs: median(values.map((v) => v.processMs)), importMs: median(values.map((v) => v.importMs)) },
    ]),
  );
}
