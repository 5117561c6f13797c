import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDefinitionCache } from '../../../../shared/storage/index.ts';
import { submitAnswers } from '../../../../shared/submissions/index.ts';
import { aConsultation, WHILE_OPEN } from '../../../support/consultation-factory.ts';
import { participationKeyring, signedFormId } from '../../../support/form-ids.ts';
import {
  consultationsHarness,
  EDIT_ROUTE,
  formFields,
  type Harness,
  redirectOf,
  type SignedIn,
} from './consultations-harness.ts';

/*
 * Publishing from the admin makes an immutable version; a resident who loaded the form before keeps
 * answering on the version they saw (the form's hidden `_v`), and the submission records it.
 */

let h: Harness;
let boss: SignedIn;

beforeAll(async () => {
  h = await consultationsHarness('adm-cons-versions');
  boss = await h.sign({ email: 'boss@example.org', role: 'admin' });
});

afterAll(() => h.env.client.destroy());

const ID = 'pinned-version';
const fieldsSection = { pathParameters: { id: ID, section: 'fields' } };

async function publishedVersion(): Promise<string> {
  const location = redirectOf(await h.publish(ID, boss));
  const version = new URL(location, 'https://staff.test').searchParams.get('published');
  if (!version) throw new Error(`no version in ${location}`);
  return version;
}

/** What a resident posts: the version their form carried, a fresh id, a choice and no comment. */
function answers(version: string) {
  const definitions = createDefinitionCache(h.env.repository, { ttlSeconds: 0 });
  const body = {
    _sid: [signedFormId({ consultationId: ID, version }, WHILE_OPEN)],
    _v: [version],
    _lang: ['de'],
    name_choice: ['zusammen'],
  };
  return submitAnswers(
    { repository: h.env.repository, definitions, participationKeyring },
    { slug: ID, body, now: WHILE_OPEN },
  );
}

describe('versions published from the admin', () => {
  it('keeps answering on the version a resident loaded and records it, while new forms follow the new one', async () => {
    // Prepare: version 1 has an optional comment.
    const imported = await h.postMultipart(boss, {
      _mode: 'import',
      department: 'integration',
      yaml: JSON.stringify(aConsultation(ID)),
    });
    redirectOf(imported);
    const first = await publishedVersion();
    // Staff make the comment (field 2) required and publish version 2.
    const html = (await h.get(EDIT_ROUTE, boss, fieldsSection)).body ?? '';
    const posted = { ...formFields(html, 'section-form'), 'b:fields.1.required': ['false', 'true'] };
    redirectOf(await h.post(EDIT_ROUTE, boss, { ...posted, _action: 'save' }, fieldsSection));
    const second = await publishedVersion();

    // Act: a form loaded before the change, and one loaded after it, both without a comment.
    const onFirst = await answers(first);
    const onSecond = await answers(second);

    // Assess
    expect(second).not.toBe(first);
    expect((await h.admin.listVersions(ID)).map((v) => v.version)).toEqual([second, first]);
    expect(onFirst.kind).toBe('stored');
    // Validated against the form the resident had (within the grace period), stored under the current version.
    expect(onFirst.kind === 'stored' && onFirst.submission.definitionVersion).toBe(second);
    expect(onSecond.kind).toBe('invalid');
    expect(onSecond.kind === 'invalid' && Object.keys(onSecond.errors)).toEqual(['comment']);
    // Version 1 is still exactly what it was.
    expect((await h.env.repository.getDefinitionVersion(ID, first))?.fields[1]).toMatchObject({
      id: 'comment',
      required: false,
    });
  });
});
