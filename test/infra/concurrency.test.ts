import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { FUNCTIONS, type FunctionName } from '../../functions/routes.ts';
import {
  DEFAULT_ACCOUNT_CONCURRENCY,
  DEFAULT_RESERVED_CONCURRENCY,
  MIN_UNRESERVED_CONCURRENCY,
} from '../../infra/constructs/concurrency.ts';
import { SYNTH_TIMEOUT_MS, synthesize } from './synth.ts';
import { functionByDescription, resourcesOf } from './template-queries.ts';

let template: Template;
beforeAll(() => {
  ({ template } = synthesize());
}, SYNTH_TIMEOUT_MS);

const names = Object.keys(FUNCTIONS) as FunctionName[];
const isStaff = (name: FunctionName) => name.startsWith('admin');
const publicFunctions = names.filter((name) => FUNCTIONS[name].kind === 'http' && !isStaff(name));
const keptCapacity = names.filter((name) => !publicFunctions.includes(name));

const reservedOf = (t: Template, name: FunctionName): unknown =>
  functionByDescription(t, FUNCTIONS[name].description)[1].Properties?.ReservedConcurrentExecutions;

describe('reserved concurrency', () => {
  it('lists the public functions and those that must keep capacity apart', () => {
    expect(publicFunctions).toEqual(
      expect.arrayContaining([
        'home',
        'form',
        'submit',
        'confirmation',
        'status',
        'resubmit',
        'review',
        'decide',
      ]),
    );
    expect(keptCapacity).toEqual(
      expect.arrayContaining([
        'mailer',
        'reminders',
        'adminSignIn',
        'adminConsultations',
        'adminSubmissions',
      ]),
    );
  });

  it.each(publicFunctions)('caps the public function %s at its own share', (name) => {
    const reserved = reservedOf(template, name);
    expect(reserved).toBe(DEFAULT_RESERVED_CONCURRENCY[name]);
    expect(reserved).toBeGreaterThan(0);
  });

  it.each(keptCapacity)('keeps capacity of its own for %s, which no public function can take', (name) => {
    expect(reservedOf(template, name)).toBe(DEFAULT_RESERVED_CONCURRENCY[name]);
    expect(DEFAULT_RESERVED_CONCURRENCY[name]).toBeGreaterThanOrEqual(1);
  });

  it('reserves for every function of the platform; only deploy-time helpers share the unreserved pool', () => {
    const descriptions = new Set<string>(names.map((name) => FUNCTIONS[name].description));
    const unreserved = Object.values(resourcesOf(template, 'AWS::Lambda::Function')).filter(
      (fn) => fn.Properties?.ReservedConcurrentExecutions === undefined,
    );
    for (const fn of unreserved) {
      const description = String(fn.Properties?.Description ?? '');
      expect(descriptions.has(description), description).toBe(false);
      expect(description).toMatch(/deployment|AWS CDK resource provider framework/);
    }
  });

  it('fits all reservations into a default account quota, with the unreserved minimum left over', () => {
    const total = Object.values(resourcesOf(template, 'AWS::Lambda::Function')).reduce(
      (sum, fn) => sum + Number(fn.Properties?.ReservedConcurrentExecutions ?? 0),
      0,
    );
    expect(total).toBe(276);
    expect(total).toBeLessThanOrEqual(DEFAULT_ACCOUNT_CONCURRENCY - MIN_UNRESERVED_CONCURRENCY);
  });

  it(
    'takes per-stage numbers from mitwirken:reservedConcurrency, keeping the defaults for the rest',
    () => {
      const { template: stage } = synthesize({
        context: { 'mitwirken:reservedConcurrency': '{"submit": 80, "mailer": 20}' },
      });
      expect(reservedOf(stage, 'submit')).toBe(80);
      expect(reservedOf(stage, 'mailer')).toBe(20);
      expect(reservedOf(stage, 'form')).toBe(DEFAULT_RESERVED_CONCURRENCY.form);
    },
    SYNTH_TIMEOUT_MS,
  );
});
