/**
 * `npm run bench:budgets`: prints today's bundle bytes and zod instances at load of every function
 * in the form of test/bench/budgets.ts, for when a ceiling is deliberately moved (say why in the
 * commit) or lowered after a function shrank.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FUNCTIONS } from '../../functions/routes.ts';
import { type Bundle, buildBundles } from './bundles.ts';
import { benchEnvironment } from './environment.ts';
import { zodInstancesAtLoad } from './zod-at-load.ts';

const outDir = mkdtempSync(join(tmpdir(), 'mitwirken-budgets-'));
const bundles = buildBundles(outDir, Object.keys(FUNCTIONS) as Bundle['name'][]);
const env = benchEnvironment(outDir);
const digits = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '_');
console.log('const MEASURED_BYTES: Readonly<Record<string, number>> = {');
for (const b of bundles) console.log(`  ${b.name}: ${digits(b.bytes)},`);
console.log('};');
console.log('const MEASURED_ZOD_AT_LOAD: Readonly<Record<string, number>> = {');
for (const b of bundles) console.log(`  ${b.name}: ${zodInstancesAtLoad(b.file, env)},`);
console.log('};');
rmSync(outDir, { recursive: true, force: true });
