import * as z from 'zod';
import type { Locale } from '../i18n/locales.ts';
import type { Localized, localeSchema, localizedSchema } from './schema.ts';

/**
 * The `workflow` block of a consultation: the approval stages a submission passes through.
 * Built from the definition's own text primitives, which schema.ts passes in: this module is
 * imported by schema.ts, so importing them back would be a cycle that fails at load time.
 */

/** What an approver may decide at a stage. */
export const DECISIONS = ['approve', 'reject', 'sendBack'] as const;
export type Decision = (typeof DECISIONS)[number];

const STAGE_ID = /^[a-z][a-z0-9_-]{0,39}$/;

type TextPrimitives = { locale: typeof localeSchema; localized: typeof localizedSchema };

/** The zod schemas of a workflow and of one of its stages. */
export function defineWorkflowSchema({ locale, localized }: TextPrimitives) {
  const stageId = z
    .string()
    .regex(
      STAGE_ID,
      'must start with a lowercase letter and contain only a-z, 0-9, - and _ (at most 40 characters)',
    )
    .meta({ description: 'Technical name of the stage, unique in the workflow, e.g. "expert-group".' });

  const approver = z
    .object({
      email: z.email('must be an email address').meta({ description: 'Where the approval requests go.' }),
      name: z
        .string()
        .trim()
        .min(1, 'must not be empty')
        .meta({ description: 'How emails address the approver, e.g. "Dr. Ayşe Demir".' }),
      language: locale.meta({
        description: 'The language of the emails to this approver; one of the consultation’s languages.',
      }),
    })
    .strict();

  const rule = wordOrBlock(
    ['any', 'all', 'majority'],
    z
      .object({
        quorum: z
          .int()
          .min(1, 'must be at least 1')
          .meta({ description: 'How many approvals the stage needs.' }),
      })
      .strict(),
    '{ quorum: 2 }',
  ).meta({
    description:
      'When the stage approves: "any" (one approval), "all" (every approver), "majority" (more than half of the approvers) or { quorum: N } (N approvals). The same rule rejects: as soon as it can no longer be met.',
  });

  const onReject = wordOrBlock(
    ['end'],
    z.object({ returnTo: stageId.meta({ description: 'The id of an earlier stage.' }) }).strict(),
    '{ returnTo: <id of an earlier stage> }',
  ).meta({
    description:
      'What the stage does when its rule can no longer be met and rejections outnumber send-backs: "end" (the submission is rejected) or { returnTo: <stage id> } (an earlier stage decides again).',
  });

  const stage = z
    .object({
      id: stageId,
      name: localized.meta({ description: 'The stage’s name in every language, e.g. "Lenkungsgruppe".' }),
      approvers: z.array(approver).min(1, 'needs at least one approver'),
      rule,
      decisions: z
        .array(z.enum(DECISIONS))
        .min(1)
        .default([...DECISIONS])
        .meta({ description: 'What approvers may decide: approve, reject, sendBack (default: all three).' }),
      onReject: onReject.default('end'),
      remindAfterDays: z
        .int()
        .min(1)
        .max(60)
        .default(3)
        .meta({ description: 'Days after which approvers who have not decided get a reminder.' }),
      // Optional without a default, so definitions published before it keep their content hashes.
      showNames: z.boolean().optional().meta({
        description:
          'Show approvers on the review page who decided what (default: false, only the counts are shown).',
      }),
    })
    .strict()
    .meta({ description: 'One approval stage.' });

  const workflow = z
    .object({
      stages: z.array(stage).min(1, 'needs at least one stage'),
      notify: z
        .object({
          submitter: z.boolean().optional().meta({
            description:
              'Tell the submitter about every step (default: true when the form has an email field).',
          }),
          department: z
            .boolean()
            .default(true)
            .meta({ description: 'Tell the contact address the final outcome (default: true).' }),
        })
        .strict()
        .default({ department: true }),
    })
    .strict()
    .meta({ description: 'The approval stages a submission passes through, in order.' });

  return { stage, workflow };
}

type WorkflowSchemas = ReturnType<typeof defineWorkflowSchema>;
type Workflow = z.output<WorkflowSchemas['workflow']>;
type Path = PropertyKey[];

/** What the workflow checks need from the consultation around them. */
export type WorkflowCheckContext = {
  languages: readonly Locale[];
  hasEmailField: boolean;
  issue: (path: Path, message: string) => void;
  /** The consultation's translation check, so stage names get the same messages as other texts. */
  needAll: (text: Localized | undefined, path: Path) => void;
};

/** Cross-checks of a workflow: stage references, quorum sizes, approvers, translations, notifications. */
export function checkWorkflow(
  workflow: Workflow,
  { languages, hasEmailField, issue, needAll }: WorkflowCheckContext,
): void {
  const allIds = workflow.stages.map((stage) => stage.id);
  const earlier: string[] = [];
  workflow.stages.forEach((stage, i) => {
    const at = (...rest: Path): Path => ['workflow', 'stages', i, ...rest];
    if (earlier.includes(stage.id))
      issue(at('id'), `"${stage.id}" is used by another stage; stage ids must be unique`);
    needAll(stage.name, at('name'));

    const emails = new Set<string>();
    stage.approvers.forEach((approver, j) => {
      const email = approver.email.toLowerCase();
      if (emails.has(email))
        issue(at('approvers', j, 'email'), `"${approver.email}" is already an approver of this stage`);
      emails.add(email);
      if (!languages.includes(approver.language))
        issue(
          at('approvers', j, 'language'),
          `"${approver.language}" is not one of the consultation's languages (${languages.join(', ')}); emails to this approver are written in it`,
        );
    });

    if (typeof stage.rule === 'object' && stage.rule.quorum > stage.approvers.length)
      issue(
        at('rule', 'quorum'),
        `quorum ${stage.rule.quorum} needs at least ${stage.rule.quorum} approvers; this stage has ${stage.approvers.length}`,
      );

    if (!stage.decisions.includes('approve')) issue(at('decisions'), 'must include approve');
    const twice = stage.decisions.filter((d, k) => stage.decisions.indexOf(d) !== k);
    for (const decision of new Set(twice)) issue(at('decisions'), `lists "${decision}" twice`);

    if (typeof stage.onReject === 'object') {
      const target = stage.onReject.returnTo;
      const allowed = `allowed: ${earlier.map((id) => `"${id}"`).join(', ')}`;
      if (!earlier.length)
        issue(
          at('onReject', 'returnTo'),
          `"${target}": the first stage has no earlier stage to return to; use "onReject: end"`,
        );
      else if (!allIds.includes(target))
        issue(at('onReject', 'returnTo'), `"${target}" is not the id of a stage; ${allowed}`);
      else if (!earlier.includes(target))
        issue(at('onReject', 'returnTo'), `"${target}" is not an earlier stage; ${allowed}`);
    }
    if (!earlier.includes(stage.id)) earlier.push(stage.id);
  });

  if (workflow.notify.submitter === true && !hasEmailField)
    issue(
      ['workflow', 'notify', 'submitter'],
      'is true, but the form has no email field to reach the submitter; add a field with "type: email" or remove this line',
    );
}

/**
 * One of a few words or one block, e.g. `any`, `all` or `{ quorum: 2 }`. Validated by hand
 * first, because zod's union error for a wrong word ("expected object") would mislead staff;
 * the union itself still gives the types and the JSON Schema.
 */
function wordOrBlock<const W extends readonly [string, ...string[]], B extends z.ZodObject>(
  words: W,
  block: B,
  example: string,
) {
  const allowed = `${words.join(', ')} or a block like ${example}`;
  return z.preprocess(
    (value, ctx) => {
      if (typeof value === 'string' && words.includes(value)) return value;
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        const checked = block.safeParse(value);
        for (const issue of checked.error?.issues ?? []) {
          if (issue.code === 'unrecognized_keys') {
            const keys = Object.keys(block.shape).join(', ');
            for (const key of issue.keys)
              ctx.issues.push({
                code: 'custom',
                input: value,
                path: [key],
                message: `unknown key "${key}"; allowed keys: ${keys}`,
              });
          } else {
            // Re-raised as it is, so its code and path stay precise (zod types finished and raw issues apart).
            ctx.issues.push({ ...issue, input: value } as z.core.$ZodRawIssue);
          }
        }
        return value;
      }
      const shown = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
      ctx.issues.push({
        code: 'custom',
        input: value,
        message:
          value === undefined
            ? `is missing; it must be ${allowed}`
            : `${shown} is not allowed; allowed: ${allowed}`,
      });
      return value;
    },
    z.union([z.enum(words), block]),
  );
}
