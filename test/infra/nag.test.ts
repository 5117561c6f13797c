import { Validations } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SYNTH_TIMEOUT_MS, type Synthesized, synthesize } from './synth.ts';
import { acknowledgementsIn } from './template-queries.ts';

// This file bundles every function with esbuild, as `npm run synth` does.
let synthesized: Synthesized;
beforeAll(() => {
  synthesized = synthesize({ bundle: true });
}, SYNTH_TIMEOUT_MS);
afterEach(() => {
  vi.restoreAllMocks();
});

function nagFindings(root: IConstruct): string[] {
  const report = new AwsSolutionsChecks(root, { verbose: true }).validateScope(root);
  return report.violations.flatMap((violation) =>
    violation.violatingResources.map(
      (resource) => `${violation.severity} ${violation.ruleName} at ${resource.constructPath}`,
    ),
  );
}

describe('cdk-nag AwsSolutions', () => {
  it('leaves no error and no warning unacknowledged', () => {
    expect(nagFindings(synthesized.app)).toEqual([]);
  });

  it('gives every acknowledgement a specific reason', () => {
    const acknowledgements = acknowledgementsIn(synthesized.app);
    expect(acknowledgements.length).toBeGreaterThan(0);
    for (const { path, id, reason } of acknowledgements) {
      expect(reason.length, `${id} at ${path}`).toBeGreaterThan(60);
    }
  });

  it('acknowledges only findings that would otherwise be reported, at the resource or just above it', () => {
    const acknowledgements = acknowledgementsIn(synthesized.app).filter((a) =>
      a.id.startsWith('AwsSolutions-'),
    );
    vi.spyOn(Validations.prototype, 'acknowledge').mockImplementation(() => {});
    const unacknowledged = nagFindings(synthesize().app);
    for (const { path, id } of acknowledgements) {
      const covered = unacknowledged.filter((finding) => finding.includes(` ${id} at ${path}/`));
      expect(covered, `${id} at ${path} suppresses nothing`).not.toEqual([]);
      // Narrow: the acknowledged construct is the resource's own L2 (at most 2 levels above it).
      for (const finding of covered) {
        const depth = finding.slice(finding.indexOf(' at ') + 4 + path.length).split('/').length - 1;
        expect(depth, finding).toBeLessThanOrEqual(2);
      }
    }
  });

  it('is not acknowledged for a whole stack', () => {
    const stackPaths = [synthesized.main.node.path, synthesized.edge.node.path];
    for (const { path, id } of acknowledgementsIn(synthesized.app)) {
      if (id.startsWith('AwsSolutions-')) expect(stackPaths).not.toContain(path);
    }
  });
});

describe('CDK itself', () => {
  it.each(['main', 'edge'] as const)('reports no error or warning for the %s stack', (which) => {
    const annotations = Annotations.fromStack(synthesized[which]);
    expect(annotations.findError('*', Match.anyValue())).toEqual([]);
    expect(annotations.findWarning('*', Match.anyValue())).toEqual([]);
  });
});
