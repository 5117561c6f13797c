import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { FUNCTIONS, type FunctionName } from '../../functions/routes.ts';
import { bundleFunction, FUNCTION_FORMAT, type FunctionBundle } from '../../infra/build/function-bundle.ts';

/** A function bundle built by the deployment's own build definition (infra/build/function-bundle.ts). */
export interface Bundle extends FunctionBundle {
  name: FunctionName | Reference;
}

/** Reference bundles (test/bench/references/), built with the same options as the functions. */
export const REFERENCES = {
  empty: 'test/bench/references/empty.ts',
  'sdk-only': 'test/bench/references/sdk-only.ts',
} as const;
export type Reference = keyof typeof REFERENCES;

/**
 * Bundles every function and the reference modules (or those named in `only`) into
 * `outDir/<name>/`, exactly as `cdk synth` does.
 */
export function buildBundles(outDir: string, only?: readonly Bundle['name'][]): Bundle[] {
  const entries: [Bundle['name'], string][] = [
    ...(Object.entries(REFERENCES) as [Reference, string][]),
    ...(Object.entries(FUNCTIONS) as [FunctionName, { entry: string }][]).map(
      ([name, f]): [FunctionName, string] => [name, f.entry],
    ),
  ];
  return entries
    .filter(([name]) => only === undefined || only.includes(name))
    .map(([name, entry]) => ({ name, ...bundleFunction(entry, join(outDir, name)) }));
}

/** The statement a fresh Node process runs to load a bundle the way the Lambda runtime does. */
export function loadStatement(file: string): string {
  return FUNCTION_FORMAT === 'cjs'
    ? `require(${JSON.stringify(file)})`
    : `await import(${JSON.stringify(`file://${file}`)})`;
}

/** Node arguments to evaluate `script` (a CommonJS or ESM snippet, matching the bundle format). */
export function evalArgs(script: string): string[] {
  return FUNCTION_FORMAT === 'cjs'
    ? ['-e', `(async()=>{${script}})()`]
    : ['--input-type=module', '-e', script];
}

/** One cold start: a fresh Node process importing the bundle (no invocation), timed from spawn to exit. */
export interface ColdLoad {
  /** Spawn to exit, as a Lambda init pays it: runtime start plus module evaluation. */
  processMs: number;
  /** The `import()` of the bundle alone, measured inside the process. */
  importMs: number;
}

function coldLoadOnce(file: string, env: NodeJS.ProcessEnv): ColdLoad {
  const script = `const t=performance.now();${loadStatement(file)};process.stdout.write(String(performance.now()-t));`;
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, evalArgs(script), {
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
