import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import * as z from 'zod';
import {
  type Consultation,
  consultationSchema,
  localeSchema,
  localizedSchema,
} from '../definition/schema.ts';
import { COUNTER_PREFIX } from './keys.ts';
import { type OutboxItem, outboxItemSchema } from './outbox.ts';
import type { AuditEvent, ConsultationSummary, RecordedDecision, Submission } from './types.ts';
import { auditEventSchema, recordedDecisionSchema, submissionWorkflowSchema } from './workflow-codec.ts';

/**
 * Translation between domain values and table items. Everything read back is parsed with zod:
 * a malformed item is a bug or a manual edit, reported as a StoredItemError, never cast.
 */

/** An item in the table that does not have the shape its key promises. */
export class StoredItemError extends Error {
  override name = 'StoredItemError';
}

export type Item = Record<string, AttributeValue>;

/** Marshals a plain object, dropping undefined optionals. */
export function toItem(value: Record<string, unknown>): Item {
  return marshall(value, { removeUndefinedValues: true });
}

/** Parses a stored item with its schema; a mismatch is a StoredItemError naming `what`. */
export function parseStoredItem<T>(schema: z.ZodType<T>, item: Item, what: string): T {
  return parseStoredValue(schema, unmarshall(item), what);
}

/** Parses a value read from the table (e.g. JSON text inside an item); a mismatch is a StoredItemError. */
export function parseStoredValue<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new StoredItemError(`Stored ${what} is malformed: ${z.prettifyError(result.error)}`, {
      cause: result.error,
    });
  }
  return result.data;
}

const answerValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);
const answersSchema = z.record(z.string(), answerValue);

const submissionItemSchema = z.object({
  id: z.string(),
  reference: z.string(),
  consultationId: z.string(),
  definitionVersion: z.string(),
  locale: localeSchema,
  submittedAt: z.string(),
  answers: answersSchema,
  personal: answersSchema,
  copyTo: z.string().optional(),
  expiresAt: z.number().int(),
  confirmationSentAt: z.string().optional(),
  workflow: submissionWorkflowSchema.optional(),
  voter: z.string().optional(),
  supersededBy: z.string().optional(),
  erasedAt: z.string().optional(),
});

/** Parses a submission item (extra attributes such as keys are dropped). */
export function submissionFromItem(item: Item): Submission {
  return parseStoredItem(submissionItemSchema, item, 'submission');
}

/** Parses an audit event item of a submission's history. */
export function auditEventFromItem(item: Item): AuditEvent {
  return parseStoredItem(auditEventSchema, item, 'audit event');
}

/** Parses a decision marker item. */
export function decisionFromItem(item: Item): RecordedDecision {
  return parseStoredItem(recordedDecisionSchema, item, 'decision marker');
}

/** Parses an outbox item. */
export function outboxFromItem(item: Item): OutboxItem {
  return parseStoredItem(outboxItemSchema, item, 'outbox item');
}

const summarySchema = z.object({
  id: z.string(),
  slug: z.string(),
  version: z.string(),
  opens: z.string(),
  closes: z.string(),
  defaultLanguage: localeSchema,
  languages: z.array(localeSchema),
  title: localizedSchema,
  closedAt: z.string().optional(),
  resultsPublish: z.enum(['afterClose', 'live']).optional(),
});

/** Parses a catalogue item into the summary shown on GET /. */
export function summaryFromItem(item: Item): ConsultationSummary {
  return parseStoredItem(summarySchema, item, 'catalogue entry');
}

/** The catalogue line of a definition; `closedAt` when staff closed it by hand. */
export function summaryOf(
  definition: Consultation,
  version: string,
  closedAt?: string | undefined,
): ConsultationSummary {
  const { id, slug, opens, closes, defaultLanguage, languages, title } = definition;
  const resultsPublish = definition.results?.publish;
  return {
    id,
    slug,
    version,
    opens,
    closes,
    defaultLanguage,
    languages,
    title,
    ...(closedAt ? { closedAt } : {}),
    ...(resultsPublish && resultsPublish !== 'never' ? { resultsPublish } : {}),
  };
}

const definitionItemSchema = z.object({ version: z.string(), definitionJson: z.string() });
const slugItemSchema = definitionItemSchema.extend({
  consultationId: z.string(),
  // Missing on aliases written before it was recorded.
  publishedAt: z.string().optional(),
  closedAt: z.string().optional(),
});
const metaItemSchema = z.object({
  slug: z.string(),
  currentVersion: z.string(),
  publishedAt: z.string(),
  closedAt: z.string().optional(),
});

/** A consultation's META item: its current version and slug, and closedAt while closed by hand. */
export type ConsultationMeta = z.infer<typeof metaItemSchema>;

/** Parses a DEF# version item or a SLUG alias (both carry the definition text). */
export function definitionFromItem(item: Item): { version: string; definition: Consultation } {
  const { version, definitionJson } = parseStoredItem(definitionItemSchema, item, 'definition');
  return { version, definition: parseDefinitionText(definitionJson) };
}

/** Parses a SLUG alias item. */
export function slugAliasFromItem(item: Item): {
  consultationId: string;
  version: string;
  definitionJson: string;
  publishedAt?: string | undefined;
  closedAt?: string | undefined;
} {
  return parseStoredItem(slugItemSchema, item, 'slug alias');
}

/** Parses a consultation META item. */
export function metaFromItem(item: Item): ConsultationMeta {
  return parseStoredItem(metaItemSchema, item, 'consultation');
}

/** Parses stored definition text; stored definitions were valid when published, so failure is a bug. */
export function parseDefinitionText(text: string): Consultation {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new StoredItemError('Stored definition is not JSON', { cause: error });
  }
  const result = consultationSchema.safeParse(json);
  if (!result.success) {
    throw new StoredItemError(`Stored definition is invalid: ${z.prettifyError(result.error)}`, {
      cause: result.error,
    });
  }
  return result.data;
}

const counterValue = z.number().int();

/** The counters of one result-shard item, by `<fieldId>#<value>`. */
export function countersFromItem(item: Item): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [name, value] of Object.entries(unmarshall(item))) {
    if (!name.startsWith(COUNTER_PREFIX)) continue;
    const parsed = counterValue.safeParse(value);
    if (!parsed.success)
      throw new StoredItemError(`Counter ${name} is not an integer`, { cause: parsed.error });
    counts[name.slice(COUNTER_PREFIX.length)] = parsed.data;
  }
  return counts;
}
