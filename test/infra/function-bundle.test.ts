import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Duration, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { afterAll, describe, expect, it } from 'vitest';
import { FUNCTIONS } from '../../functions/routes.ts';
import { HANDLER_FILE } from '../../infra/build/function-bundle.ts';
import { AppFunction } from '../../infra/constructs/app-function.ts';
import { buildBundles } from '../bench/bundles.ts';
import { SYNTH_TIMEOUT_MS } from './synth.ts';

const work = mkdtempSync(join(tmpdir(), 'mitwirken-bundle-hash-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('the one build definition', () => {
  it(
    'makes the benchmark measure byte for byte the asset cdk synth deploys',
    () => {
      // Prepare: one function synthesized with bundling on, the way `cdk synth` builds every function.
      const app = new App({ outdir: join(work, 'cdk.out') });
      const stack = new Stack(app, 'BundleHash');
      new AppFunction(stack, 'form', {
        entry: FUNCTIONS.form.entry,
        description: FUNCTIONS.form.description,
        memorySize: 512,
        timeout: Duration.seconds(10),
      });
      const assembly = app.synth();
      const [, fn] =
        Object.entries(Template.fromStack(stack).findResources('AWS::Lambda::Function'))[0] ?? [];
      const assetHash: string = fn?.Properties?.Code?.S3Key.replace(/\.zip$/, '');
      const deployed = join(assembly.directory, `asset.${assetHash}`, HANDLER_FILE);

      // Act: the benchmark's build of the same function.
      const [measured] = buildBundles(join(work, 'bench'), ['form']);

      // Assess
      expect(measured).toBeDefined();
      expect(sha256(measured?.file ?? '')).toBe(sha256(deployed));
    },
    SYNTH_TIMEOUT_MS,
  );
});
