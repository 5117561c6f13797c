import { Validations } from 'aws-cdk-lib';
import type { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';

type Resource = {
  Type: string;
  Properties?: Record<string, any>;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
};
export type Statement = { Effect: string; Action: string | string[]; Resource: unknown };

export function resourcesOf(template: Template, type: string): Record<string, Resource> {
  return template.findResources(type) as Record<string, Resource>;
}

/** The one resource of a type (whose logical id passes `which`); fails the test when there are none or several. */
export function onlyResource(
  template: Template,
  type: string,
  which: (logicalId: string) => boolean = () => true,
): [string, Resource] {
  const entries = Object.entries(resourcesOf(template, type)).filter(([id]) => which(id));
  if (entries.length !== 1) throw new Error(`expected exactly one ${type}, found ${entries.length}`);
  return entries[0]!;
}

/** The Lambda function with this Description (FUNCTIONS[name].description): logical id and resource. */
export function functionByDescription(template: Template, description: string): [string, Resource] {
  const matches = Object.entries(resourcesOf(template, 'AWS::Lambda::Function')).filter(
    ([, fn]) => fn.Properties?.Description === description,
  );
  if (matches.length !== 1)
    throw new Error(`expected one function "${description}", found ${matches.length}`);
  return matches[0]!;
}

/** Every statement of every IAM policy attached to the function's role. */
export function statementsOfFunction(template: Template, functionLogicalId: string): Statement[] {
  const fn = resourcesOf(template, 'AWS::Lambda::Function')[functionLogicalId]!;
  const roleId: string = fn.Properties!.Role['Fn::GetAtt'][0];
  return Object.values(resourcesOf(template, 'AWS::IAM::Policy'))
    .filter((policy) => policy.Properties!.Roles.some((role: { Ref?: string }) => role.Ref === roleId))
    .flatMap((policy) => policy.Properties!.PolicyDocument.Statement as Statement[]);
}

export function actionsOf(statement: Statement): string[] {
  return [statement.Action].flat();
}

export function resourcesOfStatement(statement: Statement): unknown[] {
  return [statement.Resource].flat();
}

export type Acknowledgement = { path: string; id: string; reason: string };

/** Every acknowledged finding (cdk-nag and CDK's own) under `root`, with the construct it is on. */
export function acknowledgementsIn(root: IConstruct): Acknowledgement[] {
  return root.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
          path: construct.node.path,
          id: id.replace(/^annotation::/i, ''),
          reason,
        })),
      ),
  );
}
