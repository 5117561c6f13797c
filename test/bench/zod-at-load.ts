/**
 * How many zod instances a bundle constructs while it loads, and which modules construct them.
 *
 * zod 4 hands every constructed instance (schemas, checks) to
 * `globalThis.__zod_globalConfig.postProcessor` when one is set, so a fresh Node process that sets a
 * counting hook before loading the deployed bundle counts without changing a byte of it. For the
 * per-module breakdown the bundle is built once more with the same options plus a marker at the top of
 * every module; since a module's top-level code runs after its imports, everything between two
 * markers belongs to the module of the first.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { functionBuildOptions } from '../../infra/build/function-bundle.ts';
import { PROJECT_ROOT } from '../../infra/constructs/project-root.ts';
import { evalArgs, loadStatement, median } from './bundles.ts';

const COUNT_SCRIPT = (file: string) =>
  `let n=0;globalThis.__zod_globalConfig={postProcessor(){n++}};${loadStatement(file)};process.stdout.write(String(n));`;

/** The zod instances constructed while `file` (a built bundle) loads in a fresh process. */
export function zodInstancesAtLoad(file: string, env: NodeJS.ProcessEnv): number {
  const result = spawnSync(process.execPath, evalArgs(COUNT_SCRIPT(file)), { env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`loading ${file} failed: ${result.stderr}`);
  return Number(result.stdout);
}

/** What one module costs at load: zod instances it constructs and ms its top-level code runs. */
export interface ModuleCost {
  module: string;
  zodInstances: number;
  ms: number;
}

const MARK = '__mitwirkenModule';

/** Our files by path, dependencies by package name (their files are many and not ours to change). */
function moduleName(path: string): string {
  const rel = relative(PROJECT_ROOT, path);
  const pkg = rel.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  return pkg ? `${pkg[1]} (dependency)` : rel;
}

const markers: Plugin = {
  name: 'module-markers',
  setup(b) {
    b.onLoad({ filter: /\.(ts|tsx|js|mjs|cjs)$/ }, (args) => {
      const contents = readFileSync(args.path, 'utf8');
      const marker = `globalThis.${MARK}?.(${JSON.stringify(moduleName(args.path))});\n`;
      const loader = args.path.endsWith('.ts') ? 'ts' : args.path.endsWith('.tsx') ? 'tsx' : 'js';
      return { contents: marker + contents, loader };
    });
  },
};

const ATTRIBUTE_SCRIPT = (file: string) => `
let current='(compiling the bundle, before its first module)';let t=performance.now();const stats={};
const at=(m)=>(stats[m]??={zodInstances:0,ms:0});
globalThis.${MARK}=(m)=>{const now=performance.now();at(current).ms+=now-t;t=now;current=m;};
globalThis.__zod_globalConfig={postProcessor(){at(current).zodInstances++}};
${loadStatement(file)};
at(current).ms+=performance.now()-t;
process.stdout.write(JSON.stringify(stats));`;

/**
 * Per module, what the function `entry` costs at load (instrumented build; most expensive first):
 * zod instances are exact, ms the median of `loads` fresh processes.
 */
export async function costsByModule(
  entry: string,
  outDir: string,
  env: NodeJS.ProcessEnv,
  loads = 5,
): Promise<ModuleCost[]> {
  mkdirSync(outDir, { recursive: true });
  const options = functionBuildOptions(entry, outDir);
  await build({ ...options, plugins: [markers] });
  const file = String(options.outfile);
  const samples = new Map<string, { zodInstances: number; ms: number[] }>();
  for (let i = 0; i < loads; i++) {
    const result = spawnSync(process.execPath, evalArgs(ATTRIBUTE_SCRIPT(file)), { env, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`loading ${file} failed: ${result.stderr}`);
    const stats = JSON.parse(result.stdout) as Record<string, { zodInstances: number; ms: number }>;
    for (const [module, cost] of Object.entries(stats)) {
      const sample = samples.get(module) ?? { zodInstances: cost.zodInstances, ms: [] };
      sample.ms.push(cost.ms);
      samples.set(module, sample);
    }
  }
  return [...samples]
    .map(([module, { zodInstances, ms }]) => ({ module, zodInstances, ms: median(ms) }))
    .sort((a, b) => b.zodInstances - a.zodInstances || b.ms - a.ms);
}

/** The `top` most expensive modules as report lines (modules that cost nothing are left out). */
export function summarize(costs: ModuleCost[], top: number): string[] {
  return costs
    .filter((c) => c.zodInstances > 0 || c.ms >= 1)
    .slice(0, top)
    .map((c) => `${c.module}: ${c.zodInstances} zod, ${c.ms.toFixed(1)} ms`);
}
