import { QueryCommand, type TransactWriteItem } from '@aws-sdk/client-dynamodb';
import { assertScope, changeItem, changeRecord } from './admin-changes.ts';
import { draftFromItem, entryFromItem, versionSummaryFromItem } from './admin-codec.ts';
import {
  CREATE_ITEMS,
  closeItems,
  createTransaction,
  DISCARD_ITEMS,
  discardTransaction,
  SAVE_ITEMS,
  saveDraftTransaction,
} from './admin-items.ts';
import type {
  AdminConsultationEntry,
  AdminConsultationRow,
  AdminRepository,
  PublishedState,
} from './admin-types.ts';
import { definitionFromItem, metaFromItem, summaryFromItem, toItem } from './codec.ts';
import {
  ADMIN_CONSULTATIONS_PK,
  adminEntryKey,
  CATALOG_PK,
  catalogKey,
  consultationMetaKey,
  definitionVersionKey,
  draftKey,
  VERSION_SUMMARY_SK_PREFIX,
} from './keys.ts';
import { DraftChangedError, publishDefinitionWith } from './publish.ts';
import { conditionFailed, getItem, queryAll, type TableAccess, writeTransaction } from './table-access.ts';
import type { ConsultationSummary } from './types.ts';

type Consultations = Pick<
  AdminRepository,
  | 'listAdminConsultations'
  | 'getAdminConsultation'
  | 'createConsultation'
  | 'saveDraft'
  | 'discardDraft'
  | 'publishWithChange'
  | 'setClosed'
  | 'setDepartment'
  | 'listVersions'
>;

/** How often setClosed and setDepartment read again when the items changed between read and write. */
const ATTEMPTS = 3;

const scopeOf = (consultationId: string) => ({ kind: 'consultation', consultationId }) as const;

/** Index, among publishWithChange's extra items (after the change record), of the draft's ConditionCheck. */
const PUBLISH_DRAFT_CHECK = 1;

/** publishWithChange's guard: the draft (`CONS#<id>` / `DRAFT`) is still the revision published from. */
function draftRevisionCheck(TableName: string, consultationId: string, revision: number): TransactWriteItem {
  return {
    ConditionCheck: {
      TableName,
      Key: toItem({ ...draftKey(consultationId) }),
      ConditionExpression: 'revision = :rev',
      ExpressionAttributeValues: toItem({ ':rev': revision }),
    },
  };
}

/** Consultations as staff manage them (README.md, "Admin items"); part of createAdminRepository. */
export function adminConsultations(table: TableAccess): Consultations {
  const { client, TableName } = table;

  const readMeta = async (consultationId: string) => {
    const item = await getItem(table, consultationMetaKey(consultationId), true);
    return item ? metaFromItem(item) : undefined;
  };

  return {
    async listAdminConsultations() {
      // Consistent, like the reads of one consultation: the list right after a save, publish or
      // close shows it (both partitions are small: one item per consultation).
      const [entries, summaries] = await Promise.all([
        queryAll(table, {
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: toItem({ ':pk': ADMIN_CONSULTATIONS_PK }),
          ConsistentRead: true,
        }),
        queryAll(table, {
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: toItem({ ':pk': CATALOG_PK }),
          ConsistentRead: true,
        }),
      ]);
      const byId = new Map<string, { entry?: AdminConsultationEntry; summary?: ConsultationSummary }>();
      for (const item of entries) {
        const entry = entryFromItem(item);
        byId.set(entry.consultationId, { entry });
      }
      for (const item of summaries) {
        const summary = summaryFromItem(item);
        byId.set(summary.id, { ...byId.get(summary.id), summary });
      }
      return [...byId.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .flatMap(([consultationId, { entry, summary }]) => {
          const row = rowOf(consultationId, entry, summary);
          return row ? [row] : [];
        });
    },

    async getAdminConsultation(consultationId) {
      const [entryItem, draftItem, meta] = await Promise.all([
        getItem(table, adminEntryKey(consultationId), true),
        getItem(table, draftKey(consultationId), true),
        readMeta(consultationId),
      ]);
      let published: PublishedState | undefined;
      if (meta) {
        const versionItem = await getItem(
          table,
          definitionVersionKey(consultationId, meta.currentVersion),
          true,
        );
        if (!versionItem)
          throw new Error(`Consultation ${consultationId} names a version that is not stored`);
        const { definition } = definitionFromItem(versionItem);
        const { currentVersion, slug, publishedAt, closedAt } = meta;
        published = { currentVersion, slug, publishedAt, ...(closedAt ? { closedAt } : {}), definition };
      }
      return {
        ...(entryItem ? { entry: entryFromItem(entryItem) } : {}),
        ...(draftItem ? { draft: draftFromItem(draftItem) } : {}),
        ...(published ? { published } : {}),
      };
    },

    async createConsultation(entry, draft, change) {
      const id = entry.consultationId;
      if (draft.consultationId !== id) throw new Error(`The draft of ${id} names ${draft.consultationId}`);
      assertScope(change, scopeOf(id));
      // The log of this incarnation of the id starts at the record of its creation.
      const record = changeRecord(TableName, change);
      const items = [
        ...createTransaction(TableName, { ...entry, changeLogFrom: record.sortKey }, draft),
        record.write,
      ];
      const outcome = await writeTransaction(table, items, `Creating consultation ${id}`);
      if (outcome.kind === 'written') return 'created';
      if (
        [CREATE_ITEMS.entry, CREATE_ITEMS.draft, CREATE_ITEMS.meta].some((i) => conditionFailed(outcome, i))
      )
        return 'exists';
      if (conditionFailed(outcome, CREATE_ITEMS.slug)) return 'slugTaken';
      throw new Error(`Creating consultation ${id} was cancelled: ${outcome.reasons.join(', ')}`);
    },

    async saveDraft(draft, expectedRevision, change) {
      const id = draft.consultationId;
      if (!Number.isInteger(expectedRevision) || expectedRevision < 0) {
        throw new RangeError(`expectedRevision must be a whole number >= 0, got ${expectedRevision}`);
      }
      assertScope(change, scopeOf(id));
      const items = [
        ...saveDraftTransaction(TableName, draft, expectedRevision),
        changeItem(TableName, change),
      ];
      const outcome = await writeTransaction(table, items, `Saving the draft of ${id}`);
      if (outcome.kind === 'written') return 'saved';
      if (conditionFailed(outcome, SAVE_ITEMS.draft) || conditionFailed(outcome, SAVE_ITEMS.meta))
        return 'conflict';
      throw new Error(`Saving the draft of ${id} was cancelled: ${outcome.reasons.join(', ')}`);
    },

    async discardDraft(consultationId, expectedRevision, change) {
      if (!Number.isInteger(expectedRevision) || expectedRevision < 1) {
        throw new RangeError(`expectedRevision must be a whole number >= 1, got ${expectedRevision}`);
      }
      assertScope(change, scopeOf(consultationId));
      // A published one keeps its entry and draft (the caller resets the draft): no write here.
      if (await readMeta(consultationId)) return 'published';
      const items = [
        ...discardTransaction(TableName, consultationId, expectedRevision),
        changeItem(TableName, change),
      ];
      const outcome = await writeTransaction(table, items, `Discarding the draft of ${consultationId}`);
      if (outcome.kind === 'written') return 'deleted';
      // Published between the read and the write: META's condition says so, whatever the draft's.
      if (conditionFailed(outcome, DISCARD_ITEMS.meta)) return 'published';
      if (conditionFailed(outcome, DISCARD_ITEMS.draft)) return 'conflict';
      throw new Error(
        `Discarding the draft of ${consultationId} was cancelled: ${outcome.reasons.join(', ')}`,
      );
    },

    async publishWithChange(definition, change, options = {}) {
      const { id } = definition;
      assertScope(change, scopeOf(id));
      const { draftRevision } = options;
      if (draftRevision !== undefined && (!Number.isInteger(draftRevision) || draftRevision < 1)) {
        throw new RangeError(`draftRevision must be a whole number >= 1, got ${draftRevision}`);
      }
      // The change names the version it published; nothing is recorded when nothing was written. With
      // a draftRevision, the draft must still be that revision when the transaction commits.
      const { published } = await publishDefinitionWith(client, TableName, definition, {
        items: (version) => [
          changeItem(TableName, { ...change, version }),
          ...(draftRevision === undefined ? [] : [draftRevisionCheck(TableName, id, draftRevision)]),
        ],
        conflict: (failed, cause) =>
          draftRevision !== undefined && failed(PUBLISH_DRAFT_CHECK)
            ? new DraftChangedError(
                `The draft of "${id}" was saved again since revision ${draftRevision}; nothing was published`,
                { cause },
              )
            : undefined,
      });
      return published;
    },

    async setClosed(consultationId, closedAt, change) {
      assertScope(change, scopeOf(consultationId));
      for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
        const meta = await readMeta(consultationId);
        if (!meta) return 'notPublished';
        // Closed already (or open already): a double click or a second tab changes nothing.
        if ((meta.closedAt !== undefined) === (closedAt !== undefined)) return 'unchanged';
        const items = [
          ...closeItems(TableName, consultationId, meta.slug, closedAt),
          changeItem(TableName, change),
        ];
        const outcome = await writeTransaction(table, items, `Closing or reopening ${consultationId}`);
        if (outcome.kind === 'written') return 'done';
        // A publish moved the slug (or withdrew it), or a concurrent close or reopen won, between
        // the read and the write (META's condition): read again, which tells which.
      }
      throw new Error(`Consultation ${consultationId} kept changing while it was being closed or reopened`);
    },

    async setDepartment(consultationId, department, change) {
      assertScope(change, scopeOf(consultationId));
      for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
        const entry = await getItem(table, adminEntryKey(consultationId), true);
        let write: TransactWriteItem;
        if (entry) {
          write = {
            Update: {
              TableName,
              Key: toItem({ ...adminEntryKey(consultationId) }),
              UpdateExpression:
                department === undefined ? 'REMOVE department' : 'SET department = :department',
              ConditionExpression: 'attribute_exists(pk)',
              ...(department === undefined
                ? {}
                : { ExpressionAttributeValues: toItem({ ':department': department }) }),
            },
          };
        } else {
          // Published from forms/ only: its entry starts here, from the catalogue line.
          const summaryItem = await getItem(table, catalogKey(consultationId), true);
          if (!summaryItem) throw new Error(`Consultation ${consultationId} does not exist`);
          const { slug, title, defaultLanguage, opens, closes } = summaryFromItem(summaryItem);
          const created: AdminConsultationEntry = {
            consultationId,
            department,
            createdAt: change.at,
            createdBy: change.actor,
            slug,
            title,
            defaultLanguage,
            opens,
            closes,
          };
          write = {
            Put: {
              TableName,
              Item: toItem({ ...adminEntryKey(consultationId), kind: 'adminEntry', ...created }),
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          };
        }
        const outcome = await writeTransaction(
          table,
          [write, changeItem(TableName, change)],
          `Moving ${consultationId} to another department`,
        );
        if (outcome.kind === 'written') return;
        // The entry appeared or went between the read and the write: read again.
      }
      throw new Error(`Consultation ${consultationId} kept changing while its department was being set`);
    },

    async listVersions(consultationId, options = {}) {
      // The small summaries only (`VER#<publishedAt>#<version>`), newest first: a Query is charged
      // for the whole items it reads, so reading the DEF items would cost every definition in full.
      const input = {
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: toItem({
          ':pk': consultationMetaKey(consultationId).pk,
          ':prefix': VERSION_SUMMARY_SK_PREFIX,
        }),
        ProjectionExpression: '#version, publishedAt',
        ExpressionAttributeNames: { '#version': 'version' },
        ScanIndexForward: false,
      };
      const { limit } = options;
      if (limit === undefined) return (await queryAll(table, input)).map(versionSummaryFromItem);
      if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`listVersions: bad limit ${limit}`);
      const { Items = [] } = await client.send(new QueryCommand({ ...input, TableName, Limit: limit }));
      return Items.map(versionSummaryFromItem);
    },
  };
}

/**
 * One line of the admin list: the entry's fields where there is one, the catalogue's otherwise; the
 * catalogue line (when published) also gives the published slug, dates, version and closedAt.
 */
function rowOf(
  consultationId: string,
  entry: AdminConsultationEntry | undefined,
  summary: ConsultationSummary | undefined,
): AdminConsultationRow | undefined {
  const published = summary && {
    version: summary.version,
    slug: summary.slug,
    opens: summary.opens,
    closes: summary.closes,
    ...(summary.closedAt ? { closedAt: summary.closedAt } : {}),
  };
  if (entry) {
    const { department, slug, title, defaultLanguage, opens, closes, draftRevision, draftVersion } = entry;
    return {
      consultationId,
      department,
      slug,
      title,
      defaultLanguage,
      opens,
      closes,
      published,
      hasDraft: draftRevision !== undefined,
      ...(draftVersion === undefined ? {} : { draftVersion }),
    };
  }
  if (!summary) return undefined;
  const { slug, title, defaultLanguage, opens, closes } = summary;
  return { consultationId, slug, title, defaultLanguage, opens, closes, published, hasDraft: false };
}
