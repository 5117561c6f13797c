import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RESERVED_CONCURRENCY } from '../../infra/constructs/concurrency.ts';
import { PROJECT_ROOT } from '../../infra/constructs/project-root.ts';
import { DeploymentConfigError, readDeploymentConfig } from '../../infra/stacks/config.ts';
import {
  formsForDeployment,
  InvalidFormsError,
  loadFormsForDeployment,
} from '../../infra/stacks/forms-source.ts';
import { mainEnvironment } from '../../infra/stacks/mitwirken.ts';
import { consultationSchema } from '../../shared/definition/schema.ts';
import { aConsultation } from '../support/consultation-factory.ts';
import { CDK_JSON_CONTEXT } from './synth.ts';

const configFrom = (context: Record<string, unknown>) =>
  readDeploymentConfig(new App({ context: { ...CDK_JSON_CONTEXT, ...context } }).node);

describe('the deployment settings', () => {
  it('reads cdk.json and treats an empty configuration set as "create one"', () => {
    expect(configFrom({})).toEqual({
      stage: 'prod',
      senderAddress: 'beteiligung@example.org',
      sesConfigurationSet: undefined,
      rateLimitPer5Min: 300,
      region: 'eu-central-1',
      staffAllowList: '',
      accountConcurrency: 1000,
      reservedConcurrency: DEFAULT_RESERVED_CONCURRENCY,
      postRateLimit: 20,
      postBurstLimit: 40,
    });
  });

  it('refuses a POST route throttle that API Gateway would not take', () => {
    expect(() => configFrom({ 'mitwirken:postRateLimit': '0' })).toThrow(/mitwirken:postRateLimit/);
    expect(() => configFrom({ 'mitwirken:postBurstLimit': 'many' })).toThrow(/mitwirken:postBurstLimit/);
    expect(configFrom({ 'mitwirken:postRateLimit': '5', 'mitwirken:postBurstLimit': '' })).toMatchObject({
      postRateLimit: 5,
      postBurstLimit: 40,
    });
  });

  it('stops the synth at reservations that name no function, switch one off or overflow the account', () => {
    const read =
      (reserved: unknown, extra: Record<string, unknown> = {}) =>
      () =>
        configFrom({ 'mitwirken:reservedConcurrency': reserved, ...extra });
    expect(read({ submitt: 3 })).toThrow(/mitwirken:reservedConcurrency .*"submitt"/);
    expect(read({ submit: 0 })).toThrow(/must be at least 1 \(0 would switch the function off\)/);
    expect(read({ submit: 800 })).toThrow(
      'mitwirken:reservedConcurrency reserves 1026 concurrent executions in all, but an account quota of 1000 leaves only 900 to reserve',
    );
    expect(
      read({ submit: 800 }, { 'mitwirken:accountConcurrency': '2000' })().reservedConcurrency.submit,
    ).toBe(800);
  });

  it('passes the staff allow-list on as given, without surrounding blanks', () => {
    const allowList = 'chef@hannover.example admin;\n@integration.hannover.example editor integration';
    expect(configFrom({ 'mitwirken:staffAllowList': ` ${allowList}\n` }).staffAllowList).toBe(allowList);
  });

  it('stops the synth at a bad allow-list entry instead of every staff function at start', () => {
    const read = () =>
      configFrom({ 'mitwirken:staffAllowList': 'chef@hannover.example admin; @x.example boss' });
    expect(read).toThrow(DeploymentConfigError);
    expect(read).toThrow(/mitwirken:staffAllowList is invalid: entry "@x\.example boss": role/);
  });

  it('keeps the data in the pinned region whatever the CLI defaults to', () => {
    const pinned = configFrom({ 'mitwirken:region': 'eu-central-1' });
    expect(
      mainEnvironment(pinned, { CDK_DEFAULT_REGION: 'us-east-1', CDK_DEFAULT_ACCOUNT: '111122223333' }),
    ).toEqual({
      account: '111122223333',
      region: 'eu-central-1',
    });
    const unpinned = configFrom({ 'mitwirken:region': '' });
    expect(mainEnvironment(unpinned, { CDK_DEFAULT_REGION: 'eu-west-1' }).region).toBe('eu-west-1');
    expect(mainEnvironment(unpinned, {}).region).toBe('eu-central-1');
  });

  it('accepts the rate limit as a string, as `cdk synth -c` passes it', () => {
    expect(configFrom({ 'mitwirken:rateLimitPer5Min': '1200' }).rateLimitPer5Min).toBe(1200);
  });

  it('names every context key that is wrong', () => {
    const read = () =>
      configFrom({
        'mitwirken:senderAddress': 'not-an-address',
        'mitwirken:rateLimitPer5Min': 5,
        'mitwirken:stage': 'Prod',
      });
    expect(read).toThrow(DeploymentConfigError);
    expect(read).toThrow(/mitwirken:stage .*mitwirken:senderAddress .*mitwirken:rateLimitPer5Min/s);
  });
});

describe('the forms of a deployment', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mitwirken-forms-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('stops the synth with file, line, column and path of each error', async () => {
    await writeFile(join(dir, 'broken.yaml'), 'id: broken\nslug: Broken Slug\n');
    const load = loadFormsForDeployment(dir);
    await expect(load).rejects.toThrow(InvalidFormsError);
    await expect(loadFormsForDeployment(dir)).rejects.toThrow(/broken\.yaml:2:7 slug: /);
  });

  it('loads the real forms/ folder without errors', async () => {
    const forms = await loadFormsForDeployment(join(PROJECT_ROOT, 'forms'));
    expect(forms.definitions.length).toBeGreaterThan(0);
  });

  it('hands the publisher JSON that the schema accepts again unchanged', async () => {
    const forms = await loadFormsForDeployment(join(PROJECT_ROOT, 'forms'));
    const reparsed = consultationSchema.array().parse(JSON.parse(forms.json));
    expect(reparsed).toEqual(forms.definitions);
  });

  it('changes the content hash when any form changes, so the publisher runs again', () => {
    const before = formsForDeployment([aConsultation('one'), aConsultation('two')]);
    const same = formsForDeployment([aConsultation('one'), aConsultation('two')]);
    const after = formsForDeployment([aConsultation('one'), aConsultation('two', { retentionDays: 31 })]);
    expect(same.contentHash).toBe(before.contentHash);
    expect(after.contentHash).not.toBe(before.contentHash);
  });
});
