import type { Consultation } from '../definition/schema.ts';
import { DEFINITION_VERSION_PATTERN } from './definition-version.ts';
import type { Repository } from './repository-types.ts';
import type { PublishedDefinition } from './types.ts';

/** Published definitions as a warm function sees them: a form render after the first does 0 reads. */
export interface DefinitionCache {
  /** The current definition behind a slug, at most `ttlSeconds` old. */
  bySlug(slug: string): Promise<PublishedDefinition | undefined>;
  /** One immutable version of a consultation's definition (cached for the life of the process). */
  version(consultationId: string, version: string): Promise<Consultation | undefined>;
}

export interface DefinitionCacheOptions {
  /** How long a slug lookup is reused; a newly published version shows up after at most this. */
  ttlSeconds: number;
  now?: () => Date;
  /** How long "not found" is remembered (default: min(ttlSeconds, 5)), so a bad link cannot hammer the table. */
  negativeTtlSeconds?: number;
  /** Entries kept per map before the oldest is dropped (bounds memory against made-up slugs and versions). */
  maxEntries?: number;
}

interface Entry<T> {
  value: Promise<T>;
  /** Epoch ms after which the entry is stale; Infinity for immutable versions. */
  expires: number;
}

/** Wraps a repository with an in-process cache of definitions; see DefinitionCacheOptions. */
export function createDefinitionCache(
  repository: Pick<Repository, 'findPublishedBySlug' | 'getDefinitionVersion'>,
  options: DefinitionCacheOptions,
): DefinitionCache {
  const now = options.now ?? (() => new Date());
  const ttlMs = options.ttlSeconds * 1000;
  const negativeMs = (options.negativeTtlSeconds ?? Math.min(options.ttlSeconds, 5)) * 1000;
  const maxEntries = options.maxEntries ?? 1000;
  const slugs = new Map<string, Entry<PublishedDefinition | undefined>>();
  const versions = new Map<string, Entry<Consultation | undefined>>();
  const versionKey = (consultationId: string, version: string) => `${consultationId}@${version}`;

  function remember<T>(
    map: Map<string, Entry<T>>,
    key: string,
    load: () => Promise<T>,
    ttlFor: (value: T) => number,
  ): Promise<T> {
    const at = now().getTime();
    const cached = map.get(key);
    if (cached && cached.expires > at) return cached.value;
    if (map.size >= maxEntries && !cached) {
      const oldest = map.keys().next();
      if (!oldest.done) map.delete(oldest.value);
    }
    // The promise itself is cached so concurrent lookups share one read; a failure is not cached.
    const entry: Entry<T> = { value: load(), expires: Number.POSITIVE_INFINITY };
    map.delete(key);
    map.set(key, entry);
    entry.value.then(
      (value) => {
        entry.expires = at + ttlFor(value);
      },
      () => {
        if (map.get(key) === entry) map.delete(key);
      },
    );
    return entry.value;
  }

  return {
    bySlug(slug) {
      return remember(
        slugs,
        slug,
        async () => {
          const published = await repository.findPublishedBySlug(slug);
          if (published) {
            // The current version is immutable too: later lookups by version need no read.
            const key = versionKey(published.definition.id, published.version);
            if (!versions.has(key)) {
              versions.set(key, {
                value: Promise.resolve(published.definition),
                expires: Number.POSITIVE_INFINITY,
              });
            }
          }
          return published;
        },
        (published) => (published ? ttlMs : negativeMs),
      );
    },
    async version(consultationId, version) {
      if (!DEFINITION_VERSION_PATTERN.test(version)) return undefined;
      return remember(
        versions,
        versionKey(consultationId, version),
        () => repository.getDefinitionVersion(consultationId, version),
        (definition) => (definition ? Number.POSITIVE_INFINITY : negativeMs),
      );
    },
  };
}
