import { readFileSync } from 'node:fs';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { PROJECT_ROOT } from '../../infra/constructs/project-root.ts';
import { readDeploymentConfig } from '../../infra/stacks/config.ts';
import { formsForDeployment } from '../../infra/stacks/forms-source.ts';
import { addMitwirkenStacks, type MitwirkenStacks, mainEnvironment } from '../../infra/stacks/mitwirken.ts';
import { aConsultation } from '../support/consultation-factory.ts';

/** The context of cdk.json (feature flags and mitwirken:* defaults), so tests synthesize what `cdk synth` does. */
export const CDK_JSON_CONTEXT: Record<string, unknown> = JSON.parse(
  readFileSync(`${PROJECT_ROOT}cdk.json`, 'utf8'),
).context;

/** beforeAll needs longer than vitest's 10 s hook default: esbuild and synthesis on a busy machine. */
export const SYNTH_TIMEOUT_MS = 120_000;

export interface Synthesized extends MitwirkenStacks {
  app: App;
  template: Template;
  edgeTemplate: Template;
}

/**
 * Builds both stacks the way infra/app.ts does, from cdk.json's context plus `context`. Bundling
 * runs esbuild for real only when `bundle` is set (one file does); elsewhere CDK stages placeholders.
 */
export function synthesize(
  options: { bundle?: boolean; context?: Record<string, unknown> } = {},
): Synthesized {
  const app = new App({
    context: {
      ...CDK_JSON_CONTEXT,
      ...options.context,
      ...(options.bundle ? {} : { 'aws:cdk:bundling-stacks': [] }),
    },
  });
  const config = readDeploymentConfig(app.node);
  const forms = formsForDeployment([aConsultation('infra-test')]);
  // No CDK_DEFAULT_* here: the stacks land where a synth without AWS configuration puts them.
  const stacks = addMitwirkenStacks(app, { config, forms, env: mainEnvironment(config, {}) });
  return {
    app,
    ...stacks,
    template: Template.fromStack(stacks.main),
    edgeTemplate: Template.fromStack(stacks.edge),
  };
}
