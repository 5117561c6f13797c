import { describe, expect, it } from 'vitest';
import type { FormBody } from '../../../shared/answers/types.ts';
import type { Consultation } from '../../../shared/definition/schema.ts';
import type { DefinitionCache } from '../../../shared/storage/definition-cache.ts';
import type { CounterIncrements, PutSubmissionResult } from '../../../shared/storage/repository-types.ts';
import type { PublishedDefinition, Submission } from '../../../shared/storage/types.ts';
import { submitAnswers } from '../../../shared/submissions/submit.ts';
import { aConsultation, WHILE_OPEN } from '../../support/consultation-factory.ts';
import { participationKeyring, signedFormId, submissionIdOf } from '../../support/form-ids.ts';

/** Definitions by slug and version, as the cache would answer. */
function definitionsOf(...versions: PublishedDefinition[]): DefinitionCache {
  const current = versions.at(-1);
  return {
    bySlug: async (slug) => (current && slug === current.definition.slug ? current : undefined),
    version: async (id, version) =>
      versions.find((p) => p.definition.id === id && p.version === version)?.definition,
  };
}

/**
 * putSubmissionOnce over a Map, with the conditional-put semantics of the real one: ids are unique
 * per consultation (the consultation is part of the key). `stored` is keyed by id: one consultation per test.
 */
function memoryRepository() {
  const stored = new Map<string, { submission: Submission; counters: CounterIncrements }>();
  const byKey = new Map<string, Submission>();
  return {
    stored,
    async putSubmissionOnce(
      submission: Submission,
      counters: CounterIncrements,
    ): Promise<PutSubmissionResult> {
      const key = `${submission.consultationId}#${submission.id}`;
      const existing = byKey.get(key);
      if (existing) return { stored: false, existing };
      byKey.set(key, submission);
      stored.set(submission.id, { submission, counters });
      return { stored: true };
    },
  };
}

function setup(definition: Consultation = aConsultation('unit-submit'), ...older: PublishedDefinition[]) {
  // Published an hour before WHILE_OPEN: forms of an older version are within the grace period.
  const publishedAt = new Date(WHILE_OPEN.getTime() - 60 * 60 * 1000).toISOString();
  const published = { definition, version: 'aaaaaaaaaaaa', publishedAt };
  const repository = memoryRepository();
  const deps = {
    repository,
    definitions: definitionsOf(...older, published),
    participationKeyring,
    now: () => WHILE_OPEN,
  };
  const sid = signedFormId(published, WHILE_OPEN);
  return {
    published,
    repository,
    deps,
    sid,
    id: submissionIdOf(sid),
    validBody: (extra: FormBody = {}): FormBody => ({ _sid: sid, name_choice: 'zusammen', ...extra }),
    submit: (body: FormBody, slug = definition.slug) => submitAnswers(deps, { slug, body }),
  };
}

describe('submitAnswers', () => {
  it('stores valid answers with personal ones apart and counts the chosen option', async () => {
    const { submit, repository, published, validBody, id } = setup();

    const outcome = await submit(validBody({ full_name: 'Amira Yılmaz', comment: 'Gute Idee' }));

    expect(outcome.kind).toBe('stored');
    const entry = repository.stored.get(id);
    expect(entry?.submission).toMatchObject({
      id,
      consultationId: 'unit-submit',
      definitionVersion: published.version,
      locale: 'de',
      submittedAt: WHILE_OPEN.toISOString(),
      answers: { name_choice: 'zusammen', comment: 'Gute Idee' },
      personal: { full_name: 'Amira Yılmaz' },
    });
    expect(entry?.counters).toEqual({ 'name_choice#zusammen': 1 });
  });

  it('expires the submission after the retention period', async () => {
    const { submit, repository, validBody, id } = setup(
      aConsultation('unit-retention', { retentionDays: 10 }),
    );

    await submit(validBody());

    expect(repository.stored.get(id)?.submission.expiresAt).toBe(WHILE_OPEN.getTime() / 1000 + 10 * 86_400);
  });

  it('answers a repeated id with the first submission and stores nothing new', async () => {
    const { submit, repository, validBody } = setup();
    const first = await submit(validBody());

    const again = await submit(validBody({ name_choice: 'wir-sind-hannover' }));

    expect(again.kind).toBe('duplicate');
    if (again.kind !== 'duplicate' || first.kind !== 'stored') throw new Error(again.kind);
    expect(again.submission).toEqual(first.submission);
    expect(repository.stored.size).toBe(1);
  });

  it('sends a copy to the first email answer only when asked to', async () => {
    const withCopy = setup();
    const withoutCopy = setup();

    await withCopy.submit(withCopy.validBody({ email: 'amira@example.org', _copy: 'yes' }));
    await withoutCopy.submit(withoutCopy.validBody({ email: 'amira@example.org' }));

    expect(withCopy.repository.stored.get(withCopy.id)?.submission.copyTo).toBe('amira@example.org');
    expect(withCopy.repository.stored.get(withCopy.id)?.submission.personal.email).toBe('amira@example.org');
    expect(withoutCopy.repository.stored.get(withoutCopy.id)?.submission).not.toHaveProperty('copyTo');
  });

  it('asks for no copy when the copy box is ticked without an address', async () => {
    const { submit, repository, validBody, id } = setup();

    await submit(validBody({ _copy: 'yes' }));

    expect(repository.stored.get(id)?.submission).not.toHaveProperty('copyTo');
  });

  it('uses a declared language from _lang and falls back to the default otherwise', async () => {
    const english = setup();
    const turkish = setup();

    const a = await english.submit(english.validBody({ _lang: 'en' }));
    const b = await turkish.submit(turkish.validBody({ _lang: 'tr' }));

    expect(a.kind === 'stored' && a.submission.locale).toBe('en');
    expect(b.kind === 'stored' && b.submission.locale).toBe('de');
  });

  it('validates against the version the form was rendered with within the grace period, and stores it under the current one', async () => {
    const old = {
      definition: aConsultation('unit-versions', {
        retentionDays: 30,
        contact: { name: { de: 'Alt', en: 'Old' }, email: 'alt@example.org' },
      }),
      version: 'bbbbbbbbbbbb',
    };
    const current = aConsultation('unit-versions', {
      retentionDays: 10,
      fields: [{ type: 'text', id: 'new_question', required: true, label: { de: 'Neu', en: 'New' } }],
    });
    const { submit, validBody } = setup(current, old);

    const onOld = await submit({ ...validBody({ _v: 'bbbbbbbbbbbb' }), _sid: signedFormId(old, WHILE_OPEN) });
    const unknownVersion = await submit({
      ...validBody({ _v: 'cccccccccccc' }),
      _sid: signedFormId({ consultationId: 'unit-versions', version: 'cccccccccccc' }, WHILE_OPEN),
    });

    expect(onOld.kind === 'stored' && onOld.submission).toMatchObject({
      definitionVersion: 'aaaaaaaaaaaa',
      expiresAt: WHILE_OPEN.getTime() / 1000 + 10 * 86_400,
    });
    expect(unknownVersion).toMatchObject({ kind: 'invalid', formError: 'version' });
    expect(unknownVersion.kind === 'invalid' && unknownVersion.errors.new_question?.code).toBe('required');
  });

  it('refuses a form of the previous version once the grace period after the publish is over', async () => {
    const old = { definition: aConsultation('unit-grace'), version: 'bbbbbbbbbbbb' };
    const { deps, validBody, repository } = setup(aConsultation('unit-grace'), old);
    const body = { ...validBody({ _v: old.version }), _sid: signedFormId(old, WHILE_OPEN) };
    const at = (minutesAfterPublish: number) =>
      new Date(WHILE_OPEN.getTime() + (minutesAfterPublish - 60) * 60_000);

    const inside = await submitAnswers(deps, { slug: 'unit-grace', body, now: at(119) });
    const outside = await submitAnswers(deps, {
      slug: 'unit-grace',
      body: { ...body, _sid: signedFormId(old, at(121)) },
      now: at(121),
    });

    expect(inside.kind).toBe('stored');
    expect(outside).toMatchObject({ kind: 'invalid', formError: 'version' });
    expect(outside.kind === 'invalid' && outside.published.version).toBe('aaaaaaaaaaaa');
    expect(repository.stored.size).toBe(1);
  });

  it('returns field errors, the input and the same id when answers are invalid', async () => {
    const { submit, repository, sid } = setup();
    const body = { _sid: sid, comment: 'Ohne Auswahl' };

    const outcome = await submit(body);

    expect(outcome).toMatchObject({ kind: 'invalid', values: body, submissionId: sid, locale: 'de' });
    expect(outcome.kind === 'invalid' && outcome.errors.name_choice?.code).toBe('required');
    expect(repository.stored.size).toBe(0);
  });

  it('refuses a form without a usable id and hands out a fresh signed one', async () => {
    const { submit, repository, validBody, id, published } = setup();

    const missing = await submit(validBody({ _sid: '' }));
    const forged = await submit(validBody({ _sid: 'SUB#1' }));
    const invented = await submit(validBody({ _sid: id }));
    const dayOld = await submit(
      validBody({ _sid: signedFormId(published, new Date(WHILE_OPEN.getTime() - 24 * 3600_000 - 1000)) }),
    );

    for (const outcome of [missing, forged, invented, dayOld]) {
      expect(outcome).toMatchObject({ kind: 'invalid', formError: 'submissionId', errors: {} });
      if (outcome.kind !== 'invalid') throw new Error(outcome.kind);
      expect(outcome.submissionId).toMatch(/^[0-7][0-9A-HJKMNP-TV-Z]{25}\.[A-Za-z0-9_-]{43}$/);
      expect((await submit(validBody({ _sid: outcome.submissionId }))).kind).toBe('stored');
    }
    expect(repository.stored.size).toBe(4);
  });

  it("refuses an id that another consultation's form carried", async () => {
    // Prepare: one repository behind two consultations
    const repository = memoryRepository();
    const one = { definition: aConsultation('unit-one'), version: 'aaaaaaaaaaaa' };
    const other = { definition: aConsultation('unit-other'), version: 'aaaaaaaaaaaa' };
    const body = { _sid: signedFormId(one, WHILE_OPEN), name_choice: 'zusammen' };
    const submitTo = (published: PublishedDefinition) =>
      submitAnswers(
        { repository, definitions: definitionsOf(published), participationKeyring },
        { slug: published.definition.slug, body, now: WHILE_OPEN },
      );
    // Act
    const onOther = await submitTo(other);
    const onOne = await submitTo(one);
    // Assess
    expect(onOther).toMatchObject({ kind: 'invalid', formError: 'submissionId' });
    expect(onOne.kind === 'stored' && onOne.submission.consultationId).toBe('unit-one');
    expect(repository.stored.size).toBe(1);
  });

  it('stores nothing when the honeypot is filled', async () => {
    const { submit, repository, validBody } = setup();

    const outcome = await submit(validBody({ _website: 'https://spam.example' }));

    expect(outcome.kind).toBe('spam');
    expect(repository.stored.size).toBe(0);
  });

  it('stores nothing before the consultation opens or after it closes', async () => {
    const early = setup(aConsultation('unit-early', { opens: '2026-07-01T00:00:00+02:00' }));
    const late = setup(aConsultation('unit-late', { closes: '2026-06-01T00:00:00+02:00' }));

    const a = await early.submit(early.validBody());
    const b = await late.submit(late.validBody());

    expect(a).toMatchObject({ kind: 'unavailable', reason: 'notYetOpen' });
    expect(b).toMatchObject({ kind: 'unavailable', reason: 'closed' });
    expect(early.repository.stored.size + late.repository.stored.size).toBe(0);
  });

  it('answers notFound for an unknown slug', async () => {
    const { submit, validBody } = setup();

    expect(await submit(validBody(), 'no-such-consultation')).toEqual({ kind: 'notFound' });
  });
});
