import type { TransactWriteItem } from '@aws-sdk/client-dynamodb';
import { isLocale, LOCALES, type Locale } from '../i18n/locales.ts';
import type { AdminConsultationEntry, ConsultationDraft } from './admin-types.ts';
import { type Item, toItem } from './codec.ts';
import { draftVersionOf } from './definition-version.ts';
import { adminEntryKey, catalogKey, consultationMetaKey, draftKey, slugKey } from './keys.ts';

/**
 * The items of the admin transactions on a consultation: creating it, saving or discarding its
 * draft, closing and reopening it (pure builders; README.md, "Admin items"). The transactions put the change record
 * after these, so the indexes below stay put.
 */

/** Indexes of the items of createTransaction, to tell why it was cancelled. */
export const CREATE_ITEMS = { entry: 0, draft: 1, meta: 2, slug: 3 } as const;

/** Indexes of the items of saveDraftTransaction. */
export const SAVE_ITEMS = { draft: 0, entry: 1, meta: 2 } as const;

/** The Put of a draft: the raw definition as JSON text (it may be invalid), and its revision. */
function draftPut(
  TableName: string,
  draft: ConsultationDraft,
  revision: number,
  condition: { ConditionExpression: string; ExpressionAttributeValues?: Item },
): TransactWriteItem {
  const item = {
    ...draftKey(draft.consultationId),
    kind: 'draft',
    consultationId: draft.consultationId,
    definitionJson: JSON.stringify(draft.definition),
    revision,
    updatedAt: draft.updatedAt,
    updatedBy: draft.updatedBy,
  };
  return { Put: { TableName, Item: toItem(item), ...condition } };
}

/**
 * A new consultation: its entry (draftRevision 1, draftVersion of the draft) and first draft
 * (revision 1), only when neither exists, no version of it was ever published (its META is absent)
 * and its slug's alias is free or its own.
 */
export function createTransaction(
  TableName: string,
  entry: AdminConsultationEntry,
  draft: ConsultationDraft,
): TransactWriteItem[] {
  const id = entry.consultationId;
  return [
    {
      Put: {
        TableName,
        Item: toItem({
          ...adminEntryKey(id),
          kind: 'adminEntry',
          ...entry,
          draftRevision: 1,
          draftVersion: draftVersionOf(draft.definition),
        }),
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    draftPut(TableName, draft, 1, { ConditionExpression: 'attribute_not_exists(pk)' }),
    {
      ConditionCheck: {
        TableName,
        Key: toItem({ ...consultationMetaKey(id) }),
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    {
      ConditionCheck: {
        TableName,
        Key: toItem({ ...slugKey(entry.slug) }),
        ConditionExpression: 'attribute_not_exists(pk) OR consultationId = :id',
        ExpressionAttributeValues: toItem({ ':id': id }),
      },
    },
  ];
}

/**
 * Saving a draft as revision `expectedRevision + 1`: conditional on the stored revision (or, from 0,
 * on there being no draft and a published META: only a consultation published from forms/ starts
 * without one), and the entry's copied fields and draftVersion; the entry is created when missing
 * (createdBy = who saved).
 */
export function saveDraftTransaction(
  TableName: string,
  draft: ConsultationDraft,
  expectedRevision: number,
): TransactWriteItem[] {
  const id = draft.consultationId;
  const revision = expectedRevision + 1;
  const items: TransactWriteItem[] = [
    draftPut(
      TableName,
      draft,
      revision,
      expectedRevision === 0
        ? { ConditionExpression: 'attribute_not_exists(pk)' }
        : {
            ConditionExpression: 'revision = :expected',
            ExpressionAttributeValues: toItem({ ':expected': expectedRevision }),
          },
    ),
    entryUpdate(TableName, draft, revision),
  ];
  if (expectedRevision === 0) {
    items.push({
      ConditionCheck: {
        TableName,
        Key: toItem({ ...consultationMetaKey(id) }),
        ConditionExpression: 'attribute_exists(pk)',
      },
    });
  }
  return items;
}

/** What the admin list shows of a draft, taken from the raw object as far as it has the right shape. */
export function entryFieldsOf(definition: Record<string, unknown>): {
  slug: string;
  title: Partial<Record<Locale, string>>;
  defaultLanguage: Locale | undefined;
  languages: Locale[];
  opens: string | undefined;
  closes: string | undefined;
} {
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const locale = (value: unknown) => (typeof value === 'string' && isLocale(value) ? value : undefined);
  const title: Partial<Record<Locale, string>> = {};
  const rawTitle = definition.title;
  if (rawTitle !== null && typeof rawTitle === 'object') {
    for (const [key, value] of Object.entries(rawTitle)) {
      if (isLocale(key) && typeof value === 'string') title[key] = value;
    }
  }
  const languages = Array.isArray(definition.languages)
    ? definition.languages.flatMap((value) => locale(value) ?? [])
    : [];
  return {
    slug: text(definition.slug) ?? '',
    title,
    defaultLanguage: locale(definition.defaultLanguage),
    languages,
    opens: text(definition.opens),
    closes: text(definition.closes),
  };
}

function entryUpdate(TableName: string, draft: ConsultationDraft, revision: number): TransactWriteItem {
  const fields = entryFieldsOf(draft.definition);
  const set = [
    '#kind = :kind',
    'consultationId = :id',
    'slug = :slug',
    'title = :title',
    'draftRevision = :revision',
    // Only set when the entry is new: a consultation so far published from forms/ only.
    'createdAt = if_not_exists(createdAt, :at)',
    'createdBy = if_not_exists(createdBy, :by)',
  ];
  const remove: string[] = [];
  const values: Record<string, unknown> = {
    ':kind': 'adminEntry',
    ':id': draft.consultationId,
    ':slug': fields.slug,
    ':title': fields.title,
    ':revision': revision,
    ':at': draft.updatedAt,
    ':by': draft.updatedBy,
  };
  if (fields.defaultLanguage) {
    set.push('defaultLanguage = :language');
    values[':language'] = fields.defaultLanguage;
  } else {
    // A draft without a valid default language keeps the one the entry had (the list needs one).
    set.push('defaultLanguage = if_not_exists(defaultLanguage, :language)');
    values[':language'] = fields.languages[0] ?? LOCALES[0];
  }
  const copied = { ...fields, draftVersion: draftVersionOf(draft.definition) };
  for (const name of ['opens', 'closes', 'draftVersion'] as const) {
    const value = copied[name];
    if (value === undefined) remove.push(name);
    else {
      set.push(`${name} = :${name}`);
      values[`:${name}`] = value;
    }
  }
  return {
    Update: {
      TableName,
      Key: toItem({ ...adminEntryKey(draft.consultationId) }),
      UpdateExpression: `SET ${set.join(', ')}${remove.length ? ` REMOVE ${remove.join(', ')}` : ''}`,
      ExpressionAttributeNames: { '#kind': 'kind' },
      ExpressionAttributeValues: toItem(values),
    },
  };
}

/** Indexes of the items of discardTransaction. */
export const DISCARD_ITEMS = { draft: 0, entry: 1, meta: 2 } as const;

/**
 * Discarding a draft never published: the draft's Delete conditional on `revision = :expected`, the
 * entry's Delete, and a ConditionCheck that META is still absent (a publish in between wins).
 */
export function discardTransaction(
  TableName: string,
  consultationId: string,
  expectedRevision: number,
): TransactWriteItem[] {
  return [
    {
      Delete: {
        TableName,
        Key: toItem({ ...draftKey(consultationId) }),
        ConditionExpression: 'revision = :expected',
        ExpressionAttributeValues: toItem({ ':expected': expectedRevision }),
      },
    },
    { Delete: { TableName, Key: toItem({ ...adminEntryKey(consultationId) }) } },
    {
      ConditionCheck: {
        TableName,
        Key: toItem({ ...consultationMetaKey(consultationId) }),
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
  ];
}

/**
 * Closing (closedAt set) or reopening (removed) changes META, the slug alias and the catalogue line
 * together; META must still have the slug that was read, so the alias updated is the current one,
 * and must still be open to close (`attribute_not_exists(closedAt)`) or closed to reopen
 * (`attribute_exists(closedAt)`), so a second close of two racing ones neither records a change nor
 * moves the first closedAt.
 */
export function closeItems(
  TableName: string,
  consultationId: string,
  slug: string,
  closedAt: string | undefined,
): TransactWriteItem[] {
  const change =
    closedAt === undefined
      ? { UpdateExpression: 'REMOVE closedAt' }
      : { UpdateExpression: 'SET closedAt = :closedAt' };
  const values = (extra: Record<string, unknown>) => ({
    ExpressionAttributeValues: toItem({ ...extra, ':closedAt': closedAt }),
  });
  return [
    {
      Update: {
        TableName,
        Key: toItem({ ...consultationMetaKey(consultationId) }),
        ...change,
        ConditionExpression: `attribute_exists(pk) AND slug = :slug AND ${
          closedAt === undefined ? 'attribute_exists(closedAt)' : 'attribute_not_exists(closedAt)'
        }`,
        ...values({ ':slug': slug }),
      },
    },
    {
      Update: {
        TableName,
        Key: toItem({ ...slugKey(slug) }),
        ...change,
        ConditionExpression: 'consultationId = :id',
        ...values({ ':id': consultationId }),
      },
    },
    {
      Update: {
        TableName,
        Key: toItem({ ...catalogKey(consultationId) }),
        ...change,
        ConditionExpression: 'attribute_exists(pk)',
        // An empty ExpressionAttributeValues is refused: only pass it with a value in it.
        ...(closedAt === undefined ? {} : values({})),
      },
    },
  ];
}
