import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftIssues } from '../../../../shared/admin/draft/index.ts';
import { consultationSchema } from '../../../../shared/definition/schema.ts';
import { httpEvent, lambdaContext } from '../../../support/events.ts';
import { participationKeyring } from '../../../support/form-ids.ts';
import {
  attributeOf,
  consultationsHarness,
  EDIT_ROUTE,
  type Fields,
  formFields,
  type Harness,
  redirectOf,
  type SignedIn,
  tagWithId,
  textOf,
  textOfId,
} from './consultations-harness.ts';

const ID = 'lc-radweg';
const DAY = 86_400_000;

let h: Harness;
let boss: SignedIn;
let publicForm: (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;

beforeAll(async () => {
  h = await consultationsHarness('adm-cons-lifecycle');
  boss = await h.sign({ email: 'boss@example.org', role: 'admin' });
  const { createFormHandler } = await import('../../../../functions/form/handler.ts');
  const form = createFormHandler({
    definitions: { bySlug: (slug) => h.env.repository.findPublishedBySlug(slug) },
    participationKeyring,
    now: () => new Date(),
  });
  publicForm = (event) => form(event, lambdaContext());
});

afterAll(() => h.env.client.destroy());

const at = { id: ID };

async function sectionPage(section: string): Promise<string> {
  const response = await h.get(EDIT_ROUTE, boss, { pathParameters: { ...at, section } });
  expect(response.statusCode).toBe(200);
  return response.body ?? '';
}

/** Posts the section's form as the page shows it, with `changes`, pressing the button `action`. */
async function submit(section: string, changes: Fields, action = 'save') {
  const fields = { ...formFields(await sectionPage(section), 'section-form'), ...changes, _action: action };
  return h.post(EDIT_ROUTE, boss, fields, { pathParameters: { ...at, section } });
}

const draftOf = async () => {
  const draft = (await h.admin.getAdminConsultation(ID)).draft;
  if (!draft) throw new Error('no draft');
  return draft;
};
const overview = async () =>
  (await h.get('/admin/consultations/{id}', boss, { pathParameters: at })).body ?? '';
const residentPage = async () =>
  (await publicForm(httpEvent({ route: '/c/{slug}', pathParameters: { slug: ID } }))).body ?? '';

describe('a consultation from scratch to published, closed and reopened', () => {
  it('creates a draft from scratch and opens its settings', async () => {
    const response = await h.post('/admin/consultations', boss, {
      _mode: 'scratch',
      id: ID,
      slug: ID,
      department: 'mobility',
      languages: ['', 'de', 'en'],
      defaultLanguage: 'de',
    });

    expect(redirectOf(response)).toBe(`/admin/consultations/${ID}/edit/settings`);
    const stored = await h.admin.getAdminConsultation(ID);
    expect(stored.entry).toMatchObject({ department: 'mobility', createdBy: 'boss@example.org' });
    expect(stored.draft).toMatchObject({ revision: 1, definition: { id: ID, languages: ['de', 'en'] } });
  });

  it('shows the draft’s problems next to their inputs and in the summary', async () => {
    const html = await sectionPage('settings');

    const email = tagWithId(html, 'f-contact-email');
    expect(attributeOf(email, 'aria-invalid')).toBe('true');
    expect(attributeOf(email, 'aria-describedby')).toContain('f-contact-email-error');
    expect(textOfId(html, 'f-contact-email-error')).toContain('Enter an email address');
    expect(html).toMatch(/<a href="#f-contact-email">Contact email: [^<]*<\/a>/);
    // The inputs that are fine have none.
    expect(attributeOf(tagWithId(html, 'f-slug'), 'aria-invalid')).toBeUndefined();
  });

  it('saves the settings and counts no problems there any more', async () => {
    const response = await submit('settings', {
      't:opens': new Date(Date.now() - DAY).toISOString(),
      't:closes': new Date(Date.now() + 30 * DAY).toISOString(),
      'n:retentionDays': '90',
      't:contact.email': 'mobility@hannover.example',
      't:contact.name.de': 'Fachbereich Mobilität',
      't:contact.name.en': 'Mobility office',
    });

    expect(redirectOf(response)).toBe(`/admin/consultations/${ID}/edit/settings?saved=1`);
    const draft = await draftOf();
    expect(draft.revision).toBe(2);
    expect(draftIssues(draft.definition).filter((issue) => issue.section === 'settings')).toEqual([]);
    expect(draft.definition).toMatchObject({
      retentionDays: 90,
      contact: { email: 'mobility@hannover.example' },
    });
  });

  it('shows each language of a text with its missing translation, then saves the texts', async () => {
    const html = await sectionPage('texts');
    const title = tagWithId(html, 'f-title-de');
    expect(attributeOf(title, 'lang')).toBe('de');
    expect(attributeOf(title, 'name')).toBe('t:title.de');
    expect(textOfId(html, 'f-title-de-error')).toBe('Error: Enter the German text');
    expect(textOf(html)).toContain('English (en) – missing');

    const response = await submit('texts', {
      't:title.de': 'Radweg am Maschsee',
      't:title.en': 'Cycle path at the Maschsee',
      't:intro.de': 'Wie kommen Sie zum See?',
      't:intro.en': 'How do you get to the lake?',
      't:thankYou.de': 'Danke!',
      't:thankYou.en': 'Thank you!',
    });

    expect(redirectOf(response)).toContain('/edit/texts?saved=1');
    expect((await draftOf()).definition.title).toEqual({
      de: 'Radweg am Maschsee',
      en: 'Cycle path at the Maschsee',
    });
  });

  it('adds a radio field with three options, a text area shown only for some answers and an email field', async () => {
    expect(redirectOf(await submit('fields', { _newFieldType: 'radio' }, 'addField'))).toMatch(
      /#f-fields-0$/,
    );
    const withOption = await submit(
      'fields',
      {
        't:fields.0.id': 'mode',
        't:fields.0.label.de': 'Wie kommen Sie?',
        't:fields.0.label.en': 'How do you come?',
        'b:fields.0.required': ['false', 'true'],
        't:fields.0.options.0.value': 'bike',
        't:fields.0.options.0.label.de': 'Rad',
        't:fields.0.options.0.label.en': 'Bike',
        't:fields.0.options.1.value': 'bus',
        't:fields.0.options.1.label.de': 'Bus',
        't:fields.0.options.1.label.en': 'Bus',
      },
      'addOption:0',
    );
    expect(redirectOf(withOption)).toMatch(/#f-fields-0-options-2$/);
    const withTextarea = await submit(
      'fields',
      {
        't:fields.0.options.2.value': 'foot',
        't:fields.0.options.2.label.de': 'Zu Fuß',
        't:fields.0.options.2.label.en': 'On foot',
        _newFieldType: 'textarea',
      },
      'addField',
    );
    expect(redirectOf(withTextarea)).toMatch(/#f-fields-1$/);
    const withEmail = await submit(
      'fields',
      {
        't:fields.1.id': 'reason',
        't:fields.1.label.de': 'Warum?',
        't:fields.1.label.en': 'Why?',
        'n:fields.1.maxLength': '500',
        '_showIf.1': 'mode',
        _newFieldType: 'email',
      },
      'addField',
    );
    expect(redirectOf(withEmail)).toMatch(/#f-fields-2$/);

    // The condition now offers the answers of "mode" and says that one is needed.
    const html = await sectionPage('fields');
    expect(textOfId(html, 'f-fields-1-showIf-equals-error')).toBe('Error: Choose at least one answer');
    expect(html).toContain('name="_showIfEquals.1" value="bike"');

    await submit('fields', {
      '_showIfEquals.1': ['', 'bike', 'bus'],
      't:fields.2.id': 'email',
      't:fields.2.label.de': 'E-Mail',
      't:fields.2.label.en': 'Email',
      'b:fields.2.personal': ['false', 'true'],
    });

    const { fields } = (await draftOf()).definition;
    expect(fields).toEqual([
      {
        type: 'radio',
        id: 'mode',
        label: { de: 'Wie kommen Sie?', en: 'How do you come?' },
        required: true,
        personal: false,
        options: [
          { value: 'bike', label: { de: 'Rad', en: 'Bike' } },
          { value: 'bus', label: { de: 'Bus', en: 'Bus' } },
          { value: 'foot', label: { de: 'Zu Fuß', en: 'On foot' } },
        ],
      },
      {
        type: 'textarea',
        id: 'reason',
        label: { de: 'Warum?', en: 'Why?' },
        required: false,
        personal: false,
        maxLength: 500,
        showIf: { field: 'mode', equals: ['bike', 'bus'] },
      },
      expect.objectContaining({ type: 'email', id: 'email', personal: true }),
    ]);
  });

  it('adds a two-stage workflow with approvers, rules, a return and reminders', async () => {
    expect(textOf(await sectionPage('workflow'))).toContain('Add a workflow');
    expect(redirectOf(await submit('workflow', {}, 'addStage'))).toMatch(/#f-workflow-stages-0$/);
    const stage0 = {
      't:workflow.stages.0.id': 'experts',
      't:workflow.stages.0.name.de': 'Fachgruppe',
      't:workflow.stages.0.name.en': 'Experts',
      't:workflow.stages.0.approvers.0.email': 'ayse@hannover.example',
      't:workflow.stages.0.approvers.0.name': 'Ayşe Demir',
      '_rule.0': 'all',
    };
    expect(redirectOf(await submit('workflow', stage0, 'addApprover:0'))).toMatch(
      /#f-workflow-stages-0-approvers-1$/,
    );
    const approver = {
      't:workflow.stages.0.approvers.1.email': 'jan@hannover.example',
      't:workflow.stages.0.approvers.1.name': 'Jan Meyer',
      't:workflow.stages.0.approvers.1.language': 'en',
    };
    expect(redirectOf(await submit('workflow', approver, 'addStage'))).toMatch(/#f-workflow-stages-1$/);
    const stage1 = {
      't:workflow.stages.1.id': 'steering',
      't:workflow.stages.1.name.de': 'Lenkungsgruppe',
      't:workflow.stages.1.name.en': 'Steering group',
      't:workflow.stages.1.approvers.0.email': 'lena@hannover.example',
      't:workflow.stages.1.approvers.0.name': 'Lena Koch',
      '_rule.1': 'quorum',
      '_quorum.1': '2',
      '_onReject.1': 'returnTo:experts',
      'n:workflow.stages.1.remindAfterDays': '5',
    };
    await submit('workflow', stage1);

    // A quorum of 2 with one approver: said at the quorum input.
    const html = await sectionPage('workflow');
    expect(textOfId(html, 'f-workflow-stages-1-rule-quorum-error')).toContain(
      'Quorum 2 needs at least 2 approvers',
    );

    expect(redirectOf(await submit('workflow', {}, 'addApprover:1'))).toMatch(
      /#f-workflow-stages-1-approvers-1$/,
    );
    await submit('workflow', {
      't:workflow.stages.1.approvers.1.email': 'omar@hannover.example',
      't:workflow.stages.1.approvers.1.name': 'Omar Said',
    });

    const { workflow } = (await draftOf()).definition;
    expect(workflow).toMatchObject({
      stages: [
        {
          id: 'experts',
          rule: 'all',
          approvers: [
            { email: 'ayse@hannover.example', name: 'Ayşe Demir', language: 'de' },
            { email: 'jan@hannover.example', name: 'Jan Meyer', language: 'en' },
          ],
        },
        { id: 'steering', rule: { quorum: 2 }, onReject: { returnTo: 'experts' }, remindAfterDays: 5 },
      ],
    });
  });

  it('publishes the valid draft as a version the consultation page lists', async () => {
    const draft = await draftOf();
    expect(draftIssues(draft.definition)).toEqual([]);
    expect(textOf(await overview())).toContain('The draft is complete and valid');

    const location = redirectOf(await h.publish(ID, boss));

    const versions = await h.admin.listVersions(ID);
    expect(versions).toHaveLength(1);
    expect(location).toBe(`/admin/consultations/${ID}?published=${versions[0]?.version}`);
    const published = (await h.admin.getAdminConsultation(ID)).published;
    expect(published?.definition).toEqual(consultationSchema.parse(draft.definition));
    const page = textOf(
      (
        await h.get('/admin/consultations/{id}', boss, {
          pathParameters: at,
          query: { published: versions[0]?.version ?? '' },
        })
      ).body ?? '',
    );
    expect(page).toContain(`Published as version ${versions[0]?.version}`);
    // Listed for export, and in the change log.
    expect(page).toMatch(new RegExp(`Version ${versions[0]?.version} ?, published`));
    expect(page).toContain(`Published Published version ${versions[0]?.version}`);
  });

  it('serves the published version on the public form', async () => {
    const html = await residentPage();

    expect(html).toContain(`<form action="/c/${ID}" method="post"`);
    expect(html).toContain('Radweg am Maschsee');
  });

  it('closes it by hand: the public form refuses answers, and reopening brings the form back', async () => {
    expect(
      redirectOf(await h.post('/admin/consultations/{id}/close', boss, {}, { pathParameters: at })),
    ).toBe(`/admin/consultations/${ID}`);
    expect(await residentPage()).not.toContain(`<form action="/c/${ID}"`);
    expect(await overview()).toContain('tag--closed');

    expect(
      redirectOf(await h.post('/admin/consultations/{id}/reopen', boss, {}, { pathParameters: at })),
    ).toBe(`/admin/consultations/${ID}`);
    expect(await residentPage()).toContain(`<form action="/c/${ID}" method="post"`);
    expect(await overview()).toContain('tag--open');
  });

  it('records every change in the consultation’s log', async () => {
    const log = await h.admin.listChanges({ kind: 'consultation', consultationId: ID }, { limit: 100 });
    if ('kind' in log) throw new Error('bad cursor');
    const actions = log.changes.map((change) => change.action);

    expect(actions.slice(0, 3)).toEqual(['reopened', 'closed', 'published']);
    expect(actions.at(-1)).toBe('created');
    expect(actions.filter((action) => action === 'edited').length).toBeGreaterThan(5);
    expect(log.changes.every((change) => change.actor === 'boss@example.org')).toBe(true);
  });
});
