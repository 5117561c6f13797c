/**
 * `npm run bench:formats`: the measurement behind the output format and source-map choice of
 * infra/build/function-bundle.ts. Builds one function (default `form`, or BENCH_FUNCTION) in each
 * variant from the shared options and times fresh-process cold loads, rounds interleaved, medians.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BuildOptions, buildSync } from 'esbuild';
import { FUNCTIONS, type FunctionName } from '../../functions/routes.ts';
import { functionBuildOptions } from '../../infra/build/function-bundle.ts';
import { benchEnvironment } from './environment.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 25);
const name = (process.env.BENCH_FUNCTION ?? 'form') as FunctionName;
const ESM_BANNER =
  "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";

interface Variant {
  label: string;
  change: (options: BuildOptions) => BuildOptions;
  nodeFlags?: string[];
}

const esm = (options: BuildOptions): BuildOptions => ({
  ...options,
  format: 'esm',
  outfile: String(options.outfile).replace(/\.js$/, '.mjs'),
  banner: { js: ESM_BANNER },
});
const mapped = (options: BuildOptions): BuildOptions => ({
  ...options,
  sourcemap: true,
  sourcesContent: false,
});

const VARIANTS: Variant[] = [
  {
    label: 'as deployed before (ESM, map + --enable-source-maps, full SDK chain)',
    change: (o) => mapped({ ...esm(o), alias: {} }),
    nodeFlags: ['--enable-source-maps'],
  },
  {
    label: 'ESM, map + --enable-source-maps',
    change: (o) => mapped(esm(o)),
    nodeFlags: ['--enable-source-maps'],
  },
  { label: 'ESM, no map', change: esm },
  { label: 'CJS, map + --enable-source-maps', change: mapped, nodeFlags: ['--enable-source-maps'] },
  { label: 'CJS, no map, keepNames', change: (o) => ({ ...o, keepNames: true }) },
  { label: 'CJS, no map (the build definition)', change: (o) => o },
];

const outDir = mkdtempSync(join(tmpdir(), 'mitwirken-formats-'));
const env = benchEnvironment(outDir);
const built = VARIANTS.map((variant, i) => {
  const options = variant.change(functionBuildOptions(FUNCTIONS[name].entry, join(outDir, String(i))));
  buildSync(options);
  const file = String(options.outfile);
  const mapBytes = options.sourcemap ? statSync(`${file}.map`).size : 0;
  return {
    variant,
    file,
    bytes: statSync(file).size,
    mapBytes,
    process: [] as number[],
    load: [] as number[],
  };
});

for (let round = 0; round < ROUNDS; round++) {
  for (const b of built) {
    const isEsm = b.file.endsWith('.mjs');
    const load = isEsm
      ? `await import(${JSON.stringify(`file://${b.file}`)})`
      : `require(${JSON.stringify(b.file)})`;
    const script = `const t=performance.now();${load};process.stdout.write(String(performance.now()-t));`;
    const args = [
      ...(b.variant.nodeFlags ?? []),
      ...(isEsm ? ['--input-type=module', '-e', script] : ['-e', `(async()=>{${script}})()`]),
    ];
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { env, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${b.variant.label}: ${result.stderr}`);
    b.process.push(Number(process.hrtime.bigint() - started) / 1e6);
    b.load.push(Number(result.stdout));
  }
}
rmSync(outDir, { recursive: true, force: true });

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
console.log(`| ${name}: variant | bundle KB | map KB | cold process ms | load ms |`);
console.log('| --- | --- | --- | --- | --- |');
for (const b of built) {
  console.log(
    `| ${b.variant.label} | ${(b.bytes / 1024).toFixed(0)} | ${(b.mapBytes / 1024).toFixed(0)} | ${median(b.process).toFixed(1)} | ${median(b.load).toFixed(1)} |`,
  );
}
console.log(`(median of ${ROUNDS} interleaved fresh-process rounds)`);
