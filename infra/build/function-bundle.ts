/**
 * The one build definition of every Lambda function: infra/constructs/app-function.ts bundles each
 * function with it at `cdk synth`, and the benchmark and the budget tests (test/bench, test/infra)
 * build with the very same options, so what is measured is byte for byte what is deployed.
 *
 * A new function or a new dependency needs nothing here: every entry goes through these options.
 * The figures behind each choice are in README.md ("Benchmark").
 */
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type BuildOptions, buildSync } from 'esbuild';
import { PROJECT_ROOT } from '../constructs/project-root.ts';

/**
 * CommonJS output, loaded by the Lambda runtime with `require()`. Measured against ESM: the same
 * bytes load faster, chiefly because an ESM `import` of `node:http` (the SDK's HTTP handler needs it)
 * builds the module's namespace and so runs undici's lazy getters, which `require` never touches.
 */
export const FUNCTION_FORMAT = 'cjs' as const satisfies BuildOptions['format'];

/** The file Lambda loads (`index.handler`); `.js` without a package.json next to it is CommonJS. */
export const HANDLER_FILE = 'index.js';
/** The Lambda handler setting that names HANDLER_FILE's `handler` export. */
export const LAMBDA_HANDLER = 'index.handler';

/** Substitutes for SDK modules whose code never runs in a function (each file says why it is safe). */
export const SDK_SUBSTITUTES: Readonly<Record<string, string>> = {
  '@aws-sdk/credential-provider-node': `${PROJECT_ROOT}infra/build/stubs/credentials-from-env.ts`,
  '@smithy/core/event-streams': `${PROJECT_ROOT}infra/build/stubs/no-event-streams.ts`,
};

/**
 * The esbuild options for one function. No source maps: the map (larger than the bundle) shipped in
 * every asset, and `--enable-source-maps` made Node read it at init. Without it, stack traces in the
 * logs show minified names; `keepNames` would keep them readable for about 7% more bytes, which the
 * byte budgets cannot spare (README, "Benchmark").
 */
export function functionBuildOptions(entry: string, outDir: string): BuildOptions {
  return {
    entryPoints: [entry.startsWith('/') ? entry : `${PROJECT_ROOT}${entry}`],
    outfile: join(outDir, HANDLER_FILE),
    absWorkingDir: PROJECT_ROOT,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: FUNCTION_FORMAT,
    // The ESM builds of dependencies (the SDK's dist-es) tree-shake far better than their CJS builds.
    mainFields: ['module', 'main'],
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    alias: { ...SDK_SUBSTITUTES },
    // Only read by the budget tests (which modules a bundle holds); it does not change the output.
    metafile: true,
    logLevel: 'error',
  };
}

/** One built function: where its file is, how many bytes are deployed and which modules it holds. */
export interface FunctionBundle {
  file: string;
  bytes: number;
  /** Input paths (relative to the project root) with the bytes each contributes to the output. */
  inputs: Record<string, number>;
}

/** Builds one function into `outDir` (synchronously: CDK's local bundling cannot wait). */
export function bundleFunction(entry: string, outDir: string): FunctionBundle {
  mkdirSync(outDir, { recursive: true });
  const options = functionBuildOptions(entry, outDir);
  const { metafile } = buildSync(options);
  const file = join(outDir, HANDLER_FILE);
  const output = Object.values(metafile?.outputs ?? {})[0];
  const inputs = Object.fromEntries(
    Object.entries(output?.inputs ?? {}).map(([path, { bytesInOutput }]) => [path, bytesInOutput]),
  );
  return { file, bytes: statSync(file).size, inputs };
}
