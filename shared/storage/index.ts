export { MAX_CHANGES_LIMIT } from './admin-changes.ts';
export { type SignInMailItem, signInMailItemSchema } from './admin-codec.ts';
export { INBOX_SCAN_BUDGET, type InboxScanBudget } from './admin-inbox.ts';
export * from './admin-repository.ts';
export * from './admin-types.ts';
export { StoredItemError } from './codec.ts';
export * from './codes.ts';
export * from './definition-cache.ts';
export * from './definition-version.ts';
export * from './keys.ts';
export * from './outbox.ts';
export * from './pending.ts';
export * from './repository.ts';
export * from './repository-types.ts';
export { MAX_LIST_LIMIT } from './submission-listing.ts';
export * from './table.ts';
export type * from './types.ts';
export { MAX_TRANSACTION_ITEMS, TransactionTooLargeError } from './workflow-items.ts';
export { MAX_DUE_REMINDERS } from './workflow-repository.ts';
// Not re-exported: site-settings.ts (the legal pages' facts) is imported by path where it is used, so the
// site schema is built only in the functions that read or write it (legal, the forms publisher).
