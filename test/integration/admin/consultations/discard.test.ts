import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aConsultationWithWorkflow } from '../../../support/consultation-factory.ts';
import {
  consultationsHarness,
  EDIT_ROUTE,
  formFields,
  type Harness,
  redirectOf,
  type SignedIn,
  textOf,
  textOfId,
} from './consultations-harness.ts';

let h: Harness;
let boss: SignedIn;

beforeAll(async () => {
  h = await consultationsHarness('adm-cons-discard');
  boss = await h.sign({ email: 'boss@example.org', role: 'admin' });
});

afterAll(() => h.env.client.destroy());

const at = (id: string) => ({ pathParameters: { id } });
const overview = async (id: string) => {
  const response = await h.get('/admin/consultations/{id}', boss, at(id));
  expect(response.statusCode).toBe(200);
  return response.body ?? '';
};
const changesOf = async (id: string) => {
  const log = await h.admin.listChanges({ kind: 'consultation', consultationId: id }, { limit: 50 });
  if ('kind' in log) throw new Error('bad cursor');
  return log.changes;
};
const discardSection = (html: string) =>
  /<section aria-labelledby="discard-title">([\s\S]*?)<\/section>/.exec(html)?.[1];

/** A draft imported as the admin UI does (department "integration", revision 1), never published. */
async function aDraft(id: string) {
  const definition = aConsultationWithWorkflow(id);
  redirectOf(
    await h.postMultipart(boss, {
      _mode: 'import',
      department: 'integration',
      yaml: JSON.stringify(definition),
    }),
  );
  return definition;
}

/** A published consultation whose draft then got its English title changed (revision 2). */
async function aPublishedWithChanges(id: string) {
  await aDraft(id);
  expect(redirectOf(await h.publish(id, boss))).toMatch(
    new RegExp(`^/admin/consultations/${id}\\?published=`),
  );
  const section = { pathParameters: { id, section: 'texts' } };
  const html = (await h.get(EDIT_ROUTE, boss, section)).body ?? '';
  const fields = { ...formFields(html, 'section-form'), 't:title.en': 'Renamed by mistake', _action: 'save' };
  redirectOf(await h.post(EDIT_ROUTE, boss, fields, section));
}

describe('discarding a draft never published', () => {
  it('explains that the draft is deleted, with an unticked confirmation', async () => {
    await aDraft('dc-explain');

    const section = discardSection(await overview('dc-explain')) ?? '';

    expect(textOf(section)).toContain('This consultation was never published. Discarding deletes its draft');
    expect(textOf(section)).toContain('Yes, discard');
    expect(section).toContain('name="_rev" value="1"');
    expect(section).not.toMatch(/name="confirm" value="yes"[^>]*checked/);
  });

  it('deletes the entry and the draft, keeps the log with the change, and the list says so', async () => {
    await aDraft('dc-gone');

    const response = await h.discard('dc-gone', boss, { confirm: 'yes' });

    expect(redirectOf(response)).toBe('/admin/consultations?discarded=dc-gone');
    expect(await h.admin.getAdminConsultation('dc-gone')).toEqual({});
    const changes = await changesOf('dc-gone');
    expect(changes[0]).toMatchObject({
      action: 'discarded',
      actor: 'boss@example.org',
      summary: 'Discarded the draft; it was never published',
    });
    expect(changes.map((change) => change.action)).toEqual(['discarded', 'imported']);
    const list = await h.get('/admin/consultations', boss, { query: { discarded: 'dc-gone' } });
    expect(textOf(list.body ?? '')).toContain('The draft dc-gone was discarded.');
    expect(list.body).not.toContain('href="/admin/consultations/dc-gone"');
    // Gone for good: its page is a 404, and the id is free for a new consultation.
    expect((await h.get('/admin/consultations/{id}', boss, at('dc-gone'))).statusCode).toBe(404);
    await aDraft('dc-gone');
  });

  it("shows a consultation created again under a discarded id none of the previous owner's changes", async () => {
    // Prepare: one admin creates, edits and discards a draft; another creates a draft with the same id.
    const id = 'dc-reused';
    await aDraft(id);
    const section = { pathParameters: { id, section: 'texts' } };
    const html = (await h.get(EDIT_ROUTE, boss, section)).body ?? '';
    const fields = {
      ...formFields(html, 'section-form'),
      't:title.en': 'Secret plans of the first owner',
      _action: 'save',
    };
    redirectOf(await h.post(EDIT_ROUTE, boss, fields, section));
    redirectOf(await h.discard(id, boss, { confirm: 'yes' }));
    const heir = await h.sign({ email: 'heir@example.org', role: 'admin' });
    redirectOf(
      await h.postMultipart(heir, {
        _mode: 'import',
        department: 'integration',
        yaml: JSON.stringify(aConsultationWithWorkflow(id)),
      }),
    );
    // Act: the new owner's page, and its log as the page reads it (from the entry's incarnation).
    const page = await h.get('/admin/consultations/{id}', heir, at(id));
    const { entry } = await h.admin.getAdminConsultation(id);
    const log = await h.admin.listChanges(
      { kind: 'consultation', consultationId: id },
      { limit: 50, from: entry?.changeLogFrom },
    );
    // Assess: only the new incarnation's creation; nothing of the first owner's edit or discard.
    expect(page.statusCode).toBe(200);
    const changes =
      /<section aria-labelledby="changes-title">([\s\S]*?)<\/section>/.exec(page.body ?? '')?.[1] ?? '';
    expect(textOf(changes)).toContain('heir@example.org');
    expect(textOf(changes)).not.toContain('boss@example.org');
    expect(textOf(changes)).not.toContain('Discarded');
    if ('kind' in log) throw new Error('bad cursor');
    expect(log.changes.map((change) => [change.action, change.actor])).toEqual([
      ['imported', 'heir@example.org'],
    ]);
    // The whole partition still holds the first owner's records (the audit trail is not rewritten).
    expect((await changesOf(id)).map((change) => change.action)).toEqual(
      expect.arrayContaining(['discarded', 'imported']),
    );
  });

  it('refuses without the confirmation: 400, the page with the error beside the checkbox, nothing changed', async () => {
    await aDraft('dc-unconfirmed');
    const before = await h.env.scan();

    const response = await h.discard('dc-unconfirmed', boss);

    expect(response.statusCode).toBe(400);
    const html = response.body ?? '';
    expect(textOfId(html, 'discard-confirm-error')).toContain('Tick “Yes, discard” to discard the draft');
    expect(html).toMatch(/<a href="#discard-confirm">Tick “Yes, discard”/);
    expect(html).toMatch(/<title>Error: /);
    expect(await h.env.scan()).toEqual(before);
  });

  it('refuses a stale revision with the conflict page (409) and changes nothing', async () => {
    await aDraft('dc-stale');
    const before = await h.env.scan();

    const response = await h.post(
      '/admin/consultations/{id}/discard',
      boss,
      { _rev: '0', confirm: 'yes' },
      at('dc-stale'),
    );

    expect(response.statusCode).toBe(409);
    expect(textOf(response.body ?? '')).toContain('Changed by someone else');
    expect(await h.env.scan()).toEqual(before);
  });

  it('refuses the discard of a draft saved since the page was opened (409), nothing changed', async () => {
    await aDraft('dc-saved-since');
    const page = await overview('dc-saved-since');
    const { _csrf: _token, ...fields } = formFields(page, 'discard-form');
    await saveTitleAgain('dc-saved-since');
    const before = await h.env.scan();

    const response = await h.post(
      '/admin/consultations/{id}/discard',
      boss,
      { ...fields, confirm: 'yes' },
      at('dc-saved-since'),
    );

    expect(response.statusCode).toBe(409);
    expect(await h.env.scan()).toEqual(before);
  });
});

/** Saves the English title of the draft once more (a second tab). */
async function saveTitleAgain(id: string) {
  const section = { pathParameters: { id, section: 'texts' } };
  const html = (await h.get(EDIT_ROUTE, boss, section)).body ?? '';
  const fields = {
    ...formFields(html, 'section-form'),
    't:title.en': 'Saved in another tab',
    _action: 'save',
  };
  redirectOf(await h.post(EDIT_ROUTE, boss, fields, section));
}

describe('discarding the unpublished changes of a published consultation', () => {
  it('explains that the draft goes back to the published version', async () => {
    await aPublishedWithChanges('dc-explain-published');

    const section = textOf(discardSection(await overview('dc-explain-published')) ?? '');

    expect(section).toContain('Discarding throws away the changes to the draft that are not published yet');
    expect(section).toContain('What residents see does not change');
  });

  it('makes the published definition the draft again (a new revision) and records the change', async () => {
    await aPublishedWithChanges('dc-reset');
    const { published, draft } = await h.admin.getAdminConsultation('dc-reset');
    expect(draft?.revision).toBe(2);

    const response = await h.discard('dc-reset', boss, { confirm: 'yes' });

    expect(redirectOf(response)).toBe('/admin/consultations/dc-reset');
    const after = await h.admin.getAdminConsultation('dc-reset');
    expect(after.draft).toMatchObject({ revision: 3, updatedBy: 'boss@example.org' });
    expect(after.draft?.definition).toEqual({ ...published?.definition });
    expect(after.published?.currentVersion).toBe(published?.currentVersion);
    expect(after.entry).toMatchObject({ draftRevision: 3, draftVersion: published?.currentVersion });
    expect((await changesOf('dc-reset'))[0]).toMatchObject({
      action: 'discarded',
      summary: 'Discarded the unpublished changes',
    });
    const html = await overview('dc-reset');
    expect(textOf(html)).toContain('It is the same as the published version.');
    // Nothing left to discard: no section.
    expect(discardSection(html)).toBeUndefined();
    const list = textOf((await h.get('/admin/consultations', boss)).body ?? '');
    // Its row has no "(unpublished changes)" marker any more (other rows may).
    expect(list).toContain('Wir sind Hannover dc-reset');
  });

  it('writes nothing when the draft is the published version, and goes back to the page', async () => {
    await aDraft('dc-nothing');
    redirectOf(await h.publish('dc-nothing', boss));
    expect(discardSection(await overview('dc-nothing'))).toBeUndefined();
    const before = await h.env.scan();

    const response = await h.post(
      '/admin/consultations/{id}/discard',
      boss,
      { _rev: '1', confirm: 'yes' },
      at('dc-nothing'),
    );

    expect(redirectOf(response)).toBe('/admin/consultations/dc-nothing');
    expect(await h.env.scan()).toEqual(before);
  });

  it('refuses without the confirmation (400) and with a stale revision (409), nothing changed', async () => {
    await aPublishedWithChanges('dc-published-refusals');
    const before = await h.env.scan();

    const unconfirmed = await h.discard('dc-published-refusals', boss);
    const stale = await h.post(
      '/admin/consultations/{id}/discard',
      boss,
      { _rev: '1', confirm: 'yes' },
      at('dc-published-refusals'),
    );

    expect(unconfirmed.statusCode).toBe(400);
    expect(textOfId(unconfirmed.body ?? '', 'discard-confirm-error')).toContain('Yes, discard');
    expect(stale.statusCode).toBe(409);
    expect(await h.env.scan()).toEqual(before);
  });
});
