export { StoredItemError } from './codec.ts';
export * from './definition-cache.ts';
export * from './definition-version.ts';
export * from './keys.ts';
export * from './repository.ts';
export * from './repository-types.ts';
export { MAX_LIST_LIMIT } from './submission-listing.ts';
export * from './table.ts';
export type * from './types.ts';
