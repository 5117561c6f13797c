import { describe, expect, it } from 'vitest';
import type { FormBody } from '../../../shared/answers/types.ts';
import type { Consultation } from '../../../shared/definition/schema.ts';
import type { DefinitionCache } from '../../../shared/storage/definition-cache.ts';
import type { CounterIncrements, PutSubmissionResult } from '../../../shared/storage/repository-types.ts';
import type { PublishedDefinition, Submission } from '../../../shared/storage/types.ts';
import { newSubmissionId } from '../../../shared/submissions/ids.ts';
import { submitAnswers } from '../../../shared/submissions/submit.ts';
import { aConsultation, WHILE_OPEN } from '../../support/consultation-factory.ts';

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
  const published = { definition, version: 'aaaaaaaaaaaa' };
  const repository = memoryRepository();
  const deps = { repository, definitions: definitionsOf(...older, published), now: () => WHILE_OPEN };
  return {
    published,
    repository,
    submit: (body: FormBody, slug = definition.slug) => submitAnswers(deps, { slug, body }),
  };
}

const sid = newSubmissionId(WHILE_OPEN);
const validBody = (extra: FormBody = {}): FormBody => ({ _sid: sid, name_choice: 'zusammen', ...extra });

describe('submitAnswers', () => {
  it('stores valid answers with personal ones apart and counts the chosen option', async () => {
    const { submit, repository, published } = setup();

    const outcome = await submit(validBody({ full_name: 'Amira Yılmaz', comment: 'Gute Idee' }));

    expect(outcome.kind).toBe('stored');
    const entry = repository.stored.get(sid);
    expect(entry?.submission).toMatchObject({
      id: sid,
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
    const { submit, repository } = setup(aConsultation('unit-retention', { retentionDays: 10 }));

    await submit(validBody());

    expect(repository.stored.get(sid)?.submission.expiresAt).toBe(WHILE_OPEN.getTime() / 1000 + 10 * 86_400);
  });

  it('answers a repeated id with the first submission and stores nothing new', async () => {
    const { submit, repository } = setup();
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

    await withCopy.submit(validBody({ email: 'amira@example.org', _copy: 'yes' }));
    await withoutCopy.submit(validBody({ email: 'amira@example.org' }));

    expect(withCopy.repository.stored.get(sid)?.submission.copyTo).toBe('amira@example.org');
    expect(withCopy.repository.stored.get(sid)?.submission.personal.email).toBe('amira@example.org');
    expect(withoutCopy.repository.stored.get(sid)?.submission).not.toHaveProperty('copyTo');
  });

  it('asks for no copy when the copy box is ticked without an address', async () => {
    const { submit, repository } = setup();

    await submit(validBody({ _copy: 'yes' }));

    expect(repository.stored.get(sid)?.submission).not.toHaveProperty('copyTo');
  });

  it('uses a declared language from _lang and falls back to the default otherwise', async () => {
    const english = setup();
    const turkish = setup();

    const a = await english.submit(validBody({ _lang: 'en' }));
    const b = await turkish.submit(validBody({ _lang: 'tr' }));

    expect(a.kind === 'stored' && a.submission.locale).toBe('en');
    expect(b.kind === 'stored' && b.submission.locale).toBe('de');
  });

  it('validates against the version the form was rendered with', async () => {
    const old = { definition: aConsultation('unit-versions'), version: 'bbbbbbbbbbbb' };
    const current = aConsultation('unit-versions', {
      fields: [{ type: 'text', id: 'new_question', required: true, label: { de: 'Neu', en: 'New' } }],
    });
    const { submit } = setup(current, old);

    const onOld = await submit(validBody({ _v: 'bbbbbbbbbbbb' }));
    const unknownVersion = await submit(validBody({ _sid: newSubmissionId(WHILE_OPEN), _v: 'cccccccccccc' }));

    expect(onOld.kind === 'stored' && onOld.submission.definitionVersion).toBe('bbbbbbbbbbbb');
    expect(unknownVersion.kind).toBe('invalid');
    expect(unknownVersion.kind === 'invalid' && unknownVersion.errors.new_question?.code).toBe('required');
  });

  it('returns field errors, the input and the same id when answers are invalid', async () => {
    const { submit, repository } = setup();
    const body = { _sid: sid, comment: 'Ohne Auswahl' };

    const outcome = await submit(body);

    expect(outcome).toMatchObject({ kind: 'invalid', values: body, submissionId: sid, locale: 'de' });
    expect(outcome.kind === 'invalid' && outcome.errors.name_choice?.code).toBe('required');
    expect(repository.stored.size).toBe(0);
  });

  it('refuses a form without a usable id and hands out a fresh one', async () => {
    const { submit, repository } = setup();

    const missing = await submit(validBody({ _sid: '' }));
    const forged = await submit(validBody({ _sid: 'SUB#1' }));

    for (const outcome of [missing, forged]) {
      expect(outcome).toMatchObject({ kind: 'invalid', formError: 'submissionId', errors: {} });
      if (outcome.kind !== 'invalid') throw new Error(outcome.kind);
      expect(outcome.submissionId).toMatch(/^[0-7][0-9A-HJKMNP-TV-Z]{25}$/);
    }
    expect(repository.stored.size).toBe(0);
  });

  it("stores an id that another consultation's form carried as a submission of this one", async () => {
    // Prepare: one repository behind two consultations
    const repository = memoryRepository();
    const submitTo = (id: string) =>
      submitAnswers(
        {
          repository,
          definitions: definitionsOf({ definition: aConsultation(id), version: 'aaaaaaaaaaaa' }),
        },
        { slug: id, body: validBody(), now: WHILE_OPEN },
      );
    await submitTo('unit-one');
    // Act
    const outcome = await submitTo('unit-other');
    // Assess

    expect(outcome.kind).toBe('stored');
    expect(outcome.kind === 'stored' && outcome.submission).toMatchObject({
      id: sid,
      consultationId: 'unit-other',
    });
  });

  it('stores nothing when the honeypot is filled', async () => {
    const { submit, repository } = setup();

    const outcome = await submit(validBody({ _website: 'https://spam.example' }));

    expect(outcome.kind).toBe('spam');
    expect(repository.stored.size).toBe(0);
  });

  it('stores nothing before the consultation opens or after it closes', async () => {
    const early = setup(aConsultation('unit-early', { opens: '2026-07-01T00:00:00+02:00' }));
    const late = setup(aConsultation('unit-late', { closes: '2026-06-01T00:00:00+02:00' }));

    const a = await early.submit(validBody());
    const b = await late.submit(validBody());

    expect(a).toMatchObject({ kind: 'unavailable', reason: 'notYetOpen' });
    expect(b).toMatchObject({ kind: 'unavailable', reason: 'closed' });
    expect(early.repository.stored.size + late.repository.stored.size).toBe(0);
  });

  it('answers notFound for an unknown slug', async () => {
    const { submit } = setup();

    expect(await submit(validBody(), 'no-such-consultation')).toEqual({ kind: 'notFound' });
  });
});
