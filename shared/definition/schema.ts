import * as z from 'zod';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { checkWorkflow, defineWorkflowSchema } from './workflow-schema.ts';

/**
 * The consultation definition format: the single source of truth for `forms/*.yaml`,
 * the generated JSON Schema, the answer validator and the renderer.
 */

const ID = /^[a-z][a-z0-9_]{0,39}$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const localeSchema = z
  .enum(LOCALES)
  .meta({ description: 'A language code: de, en, tr, ar, ru, uk, fa or de-x-ls (Leichte Sprache).' });

/** A text in several languages, e.g. `{ de: "Name", en: "Name" }`. Every declared language is required. */
export const localizedSchema = z
  .partialRecord(localeSchema, z.string().trim().min(1, 'must not be empty'))
  .meta({ description: 'A text per language, e.g. { de: "Ihr Name", en: "Your name" }.' });
export type Localized = z.infer<typeof localizedSchema>;

const fieldId = z
  .string()
  .regex(ID, 'must start with a lowercase letter and contain only a-z, 0-9 and _ (at most 40 characters)')
  .meta({
    description:
      'Technical name of the field, unique in the form, e.g. "age_group". Never shown to residents.',
  });

const showIfSchema = z
  .object({
    field: fieldId.meta({
      description: 'The id of an earlier choice field (radio, select, checkboxes, scale, consent).',
    }),
    equals: z
      .union([z.string(), z.array(z.string()).min(1)])
      .meta({ description: 'Show this field when the other field has this value (or one of these values).' }),
  })
  .strict()
  .meta({
    description:
      'Show this field only when another field has a certain answer. Hidden fields are neither required nor stored.',
  });

const inputBase = {
  id: fieldId,
  label: localizedSchema,
  hint: localizedSchema.optional(),
  required: z.boolean().default(false),
  personal: z.boolean().default(false).meta({
    description:
      'true when the answer is personal data: it is deleted after retentionDays and left out of exports.',
  }),
  showIf: showIfSchema.optional(),
};

const optionSchema = z
  .object({
    value: z
      .string()
      .regex(/^[a-z0-9][a-z0-9_-]{0,59}$/, 'must contain only a-z, 0-9, _ and - (at most 60 characters)'),
    label: localizedSchema,
  })
  .strict();
export type Option = z.infer<typeof optionSchema>;

const options = z.array(optionSchema).min(2, 'needs at least 2 options');

const patternSchema = z
  .object({
    // Checked against RE2 by authoredConsultationSchema (authored.ts), not here: reading a stored
    // definition must not pull the pattern engine into every function.
    regex: z
      .string()
      .min(1, 'must not be empty')
      .meta({ description: 'RE2 syntax (no backreferences, no lookaround); must match the whole answer.' }),
    message: localizedSchema.meta({ description: 'Shown to the resident when the answer does not match.' }),
  })
  .strict();

const isoDate = z.iso.date('must be a date like 2026-05-31');

export const fieldSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('heading'),
      id: fieldId.optional(),
      text: localizedSchema,
      showIf: showIfSchema.optional(),
    })
    .strict()
    .meta({ title: 'heading', description: 'A section heading (no input).' }),
  z
    .object({
      type: z.literal('paragraph'),
      id: fieldId.optional(),
      text: localizedSchema,
      showIf: showIfSchema.optional(),
    })
    .strict()
    .meta({ title: 'paragraph', description: 'A paragraph of explanatory text (no input).' }),
  z
    .object({
      type: z.literal('text'),
      ...inputBase,
      minLength: z.int().min(0).optional(),
      maxLength: z.int().min(1).max(1000).default(200),
      pattern: patternSchema.optional(),
      autocomplete: z
        .string()
        .regex(/^[a-z- ]+$/)
        .optional()
        .meta({ description: 'HTML autocomplete token, e.g. "name" or "postal-code".' }),
    })
    .strict()
    .meta({ title: 'text', description: 'A single line of text.' }),
  z
    .object({
      type: z.literal('textarea'),
      ...inputBase,
      minLength: z.int().min(0).optional(),
      maxLength: z.int().min(1).max(20000).default(5000),
      rows: z.int().min(2).max(30).default(6),
    })
    .strict()
    .meta({ title: 'textarea', description: 'Several lines of text.' }),
  z
    .object({ type: z.literal('email'), ...inputBase })
    .strict()
    .meta({
      title: 'email',
      description: 'An email address. A form with one offers residents a copy of their answers.',
    }),
  z
    .object({ type: z.literal('phone'), ...inputBase })
    .strict()
    .meta({ title: 'phone', description: 'A telephone number.' }),
  z
    .object({
      type: z.literal('number'),
      ...inputBase,
      min: z.number().optional(),
      max: z.number().optional(),
      integer: z.boolean().default(true),
    })
    .strict()
    .meta({ title: 'number', description: 'A number, optionally between min and max.' }),
  z
    .object({ type: z.literal('date'), ...inputBase, min: isoDate.optional(), max: isoDate.optional() })
    .strict()
    .meta({ title: 'date', description: 'A calendar date.' }),
  z
    .object({ type: z.literal('radio'), ...inputBase, options })
    .strict()
    .meta({ title: 'radio', description: 'Choose exactly one of several options (shown as a list).' }),
  z
    .object({
      type: z.literal('checkboxes'),
      ...inputBase,
      options,
      minSelected: z.int().min(1).optional(),
      maxSelected: z.int().min(1).optional(),
    })
    .strict()
    .meta({ title: 'checkboxes', description: 'Choose any number of several options.' }),
  z
    .object({ type: z.literal('select'), ...inputBase, options })
    .strict()
    .meta({ title: 'select', description: 'Choose one option from a drop-down list (for long lists).' }),
  z
    .object({
      type: z.literal('scale'),
      ...inputBase,
      min: z.int().min(0).max(1).default(1),
      max: z.int().min(2).max(10).default(5),
      minLabel: localizedSchema,
      maxLabel: localizedSchema,
    })
    .strict()
    .meta({
      title: 'scale',
      description: 'A rating from min to max with labelled ends, e.g. 1 (not at all) to 5 (very much).',
    }),
  z
    .object({ type: z.literal('consent'), ...inputBase })
    .strict()
    .meta({
      title: 'consent',
      description: 'A single checkbox the resident ticks to agree, e.g. to the privacy notice.',
    }),
]);
export type Field = z.infer<typeof fieldSchema>;
export type FieldType = Field['type'];
export type InputField = Exclude<Field, { type: 'heading' | 'paragraph' }>;
export type ChoiceField = Extract<Field, { type: 'radio' | 'checkboxes' | 'select' }>;

/** True for fields that take an answer (everything but headings and paragraphs). */
export function isInputField(field: Field): field is InputField {
  return field.type !== 'heading' && field.type !== 'paragraph';
}

const workflowSchemas = defineWorkflowSchema({ locale: localeSchema, localized: localizedSchema });
/** The `workflow` block: approval stages, their approvers and rules, and who is notified. */
export const workflowSchema = workflowSchemas.workflow;
/** One approval stage of a workflow. */
export const workflowStageSchema = workflowSchemas.stage;
export type Workflow = z.infer<typeof workflowSchema>;
export type WorkflowStage = z.infer<typeof workflowStageSchema>;

/** How participation is verified (see `participationOf`). */
export const VERIFICATIONS = ['none', 'email', 'code'] as const;
export type Verification = (typeof VERIFICATIONS)[number];
/** What a second confirmed answer of the same person does when `onePerPerson` is set. */
export const CHANGE_VOTE = ['replace', 'refuse'] as const;
export type ChangeVote = (typeof CHANGE_VOTE)[number];

/** When a consultation's results are public (see `resultsPublication`). */
export const RESULTS_PUBLISH = ['never', 'afterClose', 'live'] as const;
export type ResultsPublish = (typeof RESULTS_PUBLISH)[number];

const isoDateTime = z.iso.datetime({
  offset: true,
  error: 'must be a date and time like 2026-05-01T00:00:00+02:00',
});

export const consultationSchema = z
  .object({
    $schema: z.string().optional(),
    id: z
      .string()
      .regex(SLUG, 'must contain only a-z, 0-9 and single hyphens')
      .max(60)
      .meta({ description: 'Permanent technical id. Never change it once published.' }),
    slug: z
      .string()
      .regex(SLUG, 'must contain only a-z, 0-9 and single hyphens')
      .max(60)
      .meta({ description: 'The web address part: /c/<slug>.' }),
    defaultLanguage: localeSchema.default('de'),
    languages: z
      .array(localeSchema)
      .min(1)
      .meta({ description: 'Every language the consultation is offered in; every text needs all of them.' }),
    opens: isoDateTime.meta({ description: 'When answers are first accepted.' }),
    closes: isoDateTime.meta({ description: 'When answers stop being accepted.' }),
    title: localizedSchema,
    intro: localizedSchema,
    thankYou: localizedSchema.meta({
      description: 'Shown on the confirmation page and in the confirmation email.',
    }),
    contact: z
      .object({ email: z.email('must be an email address'), name: localizedSchema })
      .strict()
      .meta({ description: 'The department that runs the consultation.' }),
    retentionDays: z
      .int()
      .min(1)
      .max(3650)
      .meta({ description: 'Days after which personal data is deleted.' }),
    verification: z.enum(VERIFICATIONS).optional().meta({
      description:
        'How participation is verified: "none" (default), "email" (answers count only after the resident confirms a link mailed to them) or "code" (the form asks for a single-use code that staff hand out).',
    }),
    onePerPerson: z.boolean().optional().meta({
      description:
        'true: one counted answer per person (per confirmed address with "email", per code with "code"). Default false.',
    }),
    changeVote: z.enum(CHANGE_VOTE).optional().meta({
      description:
        'With onePerPerson: what a second confirmed answer of the same person does: "refuse" (default; the first answer stays) or "replace" (the new answer replaces the first, counts move).',
    }),
    results: z
      .object({
        publish: z.enum(RESULTS_PUBLISH).meta({
          description:
            'When the counts of the choice questions are public at /c/<slug>/results: "never" (default), "afterClose" (once the consultation has closed) or "live" (while it runs, too). Free-text and personal answers are never public.',
        }),
        fields: z.array(fieldId).min(1).optional().meta({
          description:
            'Only these questions (ids of radio, checkboxes, select, scale or consent fields that are not personal) are public; default: all of them.',
        }),
      })
      .strict()
      .optional(),
    fields: z.array(fieldSchema).min(1),
    workflow: workflowSchema.optional(),
  })
  .strict()
  .superRefine(checkConsistency);
export type Consultation = z.infer<typeof consultationSchema>;
export type ConsultationInput = z.input<typeof consultationSchema>;

/** A consultation's participation rules with their defaults (the keys are optional so versions published before them keep their hashes). */
export interface Participation {
  verification: Verification;
  onePerPerson: boolean;
  changeVote: ChangeVote;
}

/** The participation rules of a definition, defaults filled in. A code is one person, so `code` is always one per person. */
export function participationOf(
  c: Pick<Consultation, 'verification' | 'onePerPerson' | 'changeVote'>,
): Participation {
  const verification = c.verification ?? 'none';
  return {
    verification,
    onePerPerson: verification === 'code' || (c.onePerPerson ?? false),
    changeVote: c.changeVote ?? 'refuse',
  };
}

/**
 * The field types whose answers are counted (result counters, public and staff results): the closed
 * questions. Free text is never counted, so it can never become public.
 */
export const COUNTED_FIELD_TYPES = ['radio', 'checkboxes', 'select', 'scale', 'consent'] as const;
const PUBLIC_RESULT_TYPES: ReadonlySet<string> = new Set(COUNTED_FIELD_TYPES);

type Ctx = z.core.$RefinementCtx<Consultation>;

/** Rules that span several places of a definition: translations, references, ranges. */
function checkConsistency(c: Consultation, ctx: Ctx): void {
  const issue = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const languages = new Set<Locale>(c.languages);
  if (!languages.has(c.defaultLanguage))
    issue(['languages'], `must include the default language "${c.defaultLanguage}"`);
  if (languages.size !== c.languages.length) issue(['languages'], 'lists a language twice');
  if (Date.parse(c.closes) <= Date.parse(c.opens)) issue(['closes'], 'must be after "opens"');

  const needAll = (text: Localized | undefined, path: PropertyKey[]) => {
    if (!text) return;
    const missing = c.languages.filter((l) => !text[l]);
    if (missing.length)
      issue(path, `is missing the translation for ${missing.map((l) => `"${l}"`).join(', ')}`);
    const extra = Object.keys(text).filter((l) => !languages.has(l as Locale));
    if (extra.length)
      issue(path, `has text in ${extra.map((l) => `"${l}"`).join(', ')}, which is not in "languages"`);
  };
  needAll(c.title, ['title']);
  needAll(c.intro, ['intro']);
  needAll(c.thankYou, ['thankYou']);
  needAll(c.contact.name, ['contact', 'name']);

  const seen = new Map<string, Field>();
  c.fields.forEach((field, i) => {
    const at = (...rest: PropertyKey[]) => ['fields', i, ...rest];
    if (field.id !== undefined) {
      if (seen.has(field.id)) issue(at('id'), `"${field.id}" is used by another field; ids must be unique`);
    }
    if (field.showIf) {
      const target = seen.get(field.showIf.field);
      const choices = target ? choiceValues(target) : undefined;
      if (!target) issue(at('showIf', 'field'), `"${field.showIf.field}" is not the id of an earlier field`);
      else if (!choices)
        issue(
          at('showIf', 'field'),
          `"${field.showIf.field}" is a ${target.type} field; showIf needs a radio, select, checkboxes, scale or consent field`,
        );
      else {
        for (const value of [field.showIf.equals].flat()) {
          if (!choices.includes(value))
            issue(
              at('showIf', 'equals'),
              `"${value}" is not an option of "${field.showIf.field}"; allowed: ${choices.map((v) => `"${v}"`).join(', ')}`,
            );
        }
      }
    }
    if (field.id !== undefined) seen.set(field.id, field);

    if (field.type === 'heading' || field.type === 'paragraph') {
      needAll(field.text, at('text'));
      return;
    }
    needAll(field.label, at('label'));
    needAll(field.hint, at('hint'));
    switch (field.type) {
      case 'text':
        needAll(field.pattern?.message, at('pattern', 'message'));
        if (field.minLength !== undefined && field.minLength > field.maxLength)
          issue(at('minLength'), 'must not be larger than maxLength');
        break;
      case 'textarea':
        if (field.minLength !== undefined && field.minLength > field.maxLength)
          issue(at('minLength'), 'must not be larger than maxLength');
        break;
      case 'number':
        if (field.min !== undefined && field.max !== undefined && field.min > field.max)
          issue(at('min'), 'must not be larger than max');
        break;
      case 'date':
        if (field.min && field.max && field.min > field.max) issue(at('min'), 'must not be after max');
        break;
      case 'radio':
      case 'select':
      case 'checkboxes': {
        const values = new Set<string>();
        field.options.forEach((option, j) => {
          if (values.has(option.value))
            issue(
              at('options', j, 'value'),
              `"${option.value}" is used by another option; values must be unique`,
            );
          values.add(option.value);
          needAll(option.label, at('options', j, 'label'));
        });
        if (field.type === 'checkboxes') {
          if (field.maxSelected !== undefined && field.maxSelected > field.options.length)
            issue(
              at('maxSelected'),
              `must not be larger than the number of options (${field.options.length})`,
            );
          if (
            field.minSelected !== undefined &&
            field.maxSelected !== undefined &&
            field.minSelected > field.maxSelected
          )
            issue(at('minSelected'), 'must not be larger than maxSelected');
        }
        break;
      }
      case 'scale':
        needAll(field.minLabel, at('minLabel'));
        needAll(field.maxLabel, at('maxLabel'));
        break;
      case 'email':
      case 'phone':
      case 'consent':
        break;
      default:
        field satisfies never;
    }
  });
  if (![...seen.values()].some(isInputField))
    issue(['fields'], 'needs at least one field that takes an answer');
  for (const [i, id] of (c.results?.fields ?? []).entries()) {
    const field = seen.get(id);
    if (!field || !PUBLIC_RESULT_TYPES.has(field.type) || ('personal' in field && field.personal))
      issue(
        ['results', 'fields', i],
        `"${id}" is not the id of a radio, checkboxes, select, scale or consent field that is not personal`,
      );
  }
  const emailFields = c.fields.filter((field) => field.type === 'email');
  if (c.verification === 'email') {
    if (emailFields.length === 0)
      issue(['verification'], '"email" needs an email field: the confirmation link is mailed to its address');
    else if (emailFields.some((field) => !field.required || field.showIf))
      issue(['verification'], '"email" needs its email field to be required and always shown');
  }
  if (c.onePerPerson && (c.verification ?? 'none') === 'none')
    issue(
      ['onePerPerson'],
      'needs verification "email" or "code": without it nobody can tell two people apart',
    );
  if (c.changeVote !== undefined && !participationOf(c).onePerPerson)
    issue(['changeVote'], 'only applies with onePerPerson: true (or verification "code")');
  if (c.changeVote === 'replace' && c.workflow)
    issue(
      ['changeVote'],
      '"replace" cannot be used with a workflow: a proposal in the approval stages cannot be taken back',
    );
  if (c.workflow)
    checkWorkflow(c.workflow, {
      languages: c.languages,
      hasEmailField: c.fields.some((field) => field.type === 'email'),
      issue,
      needAll,
    });
}

/** The answer values a field can take when it can be the target of `showIf`, else undefined. */
export function choiceValues(field: Field): string[] | undefined {
  switch (field.type) {
    case 'radio':
    case 'select':
    case 'checkboxes':
      return field.options.map((o) => o.value);
    case 'scale': {
      const values: string[] = [];
      for (let v = field.min; v <= field.max; v++) values.push(String(v));
      return values;
    }
    case 'consent':
      return ['yes'];
    default:
      return undefined;
  }
}
