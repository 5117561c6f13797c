import { afterAll, describe, expect, inject, it } from 'vitest';
import { createDefinitionCache, createRepository } from '../../../shared/storage/index.ts';
import { aConsultation } from '../../support/consultation-factory.ts';
import { countSends, localDynamoClient } from '../../support/local-aws.ts';

const client = localDynamoClient();
const sends = countSends(client);
const repository = createRepository({ client, tableName: inject('tableName') });
afterAll(() => client.destroy());

function clockAt(start: string) {
  let now = new Date(start).getTime();
  return { now: () => new Date(now), advance: (seconds: number) => (now += seconds * 1000) };
}

describe('definition cache over DynamoDB Local', () => {
  it('serves a warm slug lookup and the current version with 0 reads', async () => {
    const published = await repository.publishDefinition(aConsultation('cache-warm'));
    const cache = createDefinitionCache(repository, {
      ttlSeconds: 60,
      now: clockAt('2026-06-15T10:00:00Z').now,
    });

    const before = sends.total();
    expect(await cache.bySlug('cache-warm')).toEqual(published);
    expect(sends.total() - before).toBe(1);

    const warm = sends.total();
    expect(await cache.bySlug('cache-warm')).toEqual(published);
    expect(await cache.version('cache-warm', published.version)).toEqual(published.definition);
    expect(sends.total() - warm).toBe(0);
  });

  it('reads the slug again after the ttl and then sees a newly published version', async () => {
    const first = await repository.publishDefinition(aConsultation('cache-ttl'));
    const clock = clockAt('2026-06-15T10:00:00Z');
    const cache = createDefinitionCache(repository, { ttlSeconds: 60, now: clock.now });
    await cache.bySlug('cache-ttl');
    const second = await repository.publishDefinition(aConsultation('cache-ttl', { retentionDays: 60 }));

    clock.advance(59);
    expect((await cache.bySlug('cache-ttl'))?.version).toBe(first.version);
    clock.advance(2);
    expect((await cache.bySlug('cache-ttl'))?.version).toBe(second.version);
  });

  it('keeps an older version forever after one read', async () => {
    const old = await repository.publishDefinition(aConsultation('cache-old'));
    await repository.publishDefinition(aConsultation('cache-old', { retentionDays: 45 }));
    const clock = clockAt('2026-06-15T10:00:00Z');
    const cache = createDefinitionCache(repository, { ttlSeconds: 60, now: clock.now });

    expect((await cache.version('cache-old', old.version))?.retentionDays).toBe(30);
    clock.advance(365 * 86_400);
    const before = sends.total();
    expect((await cache.version('cache-old', old.version))?.retentionDays).toBe(30);
    expect(sends.total() - before).toBe(0);
  });

  it('remembers an unknown slug briefly, then asks again', async () => {
    const clock = clockAt('2026-06-15T10:00:00Z');
    const cache = createDefinitionCache(repository, { ttlSeconds: 60, now: clock.now });

    const before = sends.total();
    expect(await cache.bySlug('cache-not-yet')).toBeUndefined();
    expect(await cache.bySlug('cache-not-yet')).toBeUndefined();
    expect(sends.total() - before).toBe(1);

    await repository.publishDefinition(aConsultation('cache-not-yet'));
    clock.advance(6);
    expect((await cache.bySlug('cache-not-yet'))?.definition.id).toBe('cache-not-yet');
  });
});

describe('definition cache reads', () => {
  it('shares one read between concurrent lookups of a slug', async () => {
    await repository.publishDefinition(aConsultation('cache-concurrent'));
    const cache = createDefinitionCache(repository, { ttlSeconds: 60 });

    const before = sends.total();
    const results = await Promise.all(Array.from({ length: 10 }, () => cache.bySlug('cache-concurrent')));

    expect(new Set(results.map((r) => r?.version)).size).toBe(1);
    expect(sends.total() - before).toBe(1);
  });

  it('does not read for a version that is not a version at all', async () => {
    const cache = createDefinitionCache(repository, { ttlSeconds: 60 });

    const before = sends.total();
    expect(await cache.version('cache-concurrent', '<script>')).toBeUndefined();
    expect(sends.total() - before).toBe(0);
  });
});
