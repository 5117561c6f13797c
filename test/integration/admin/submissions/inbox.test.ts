import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffMember } from '../../../../shared/admin/roles.ts';
import type { Consultation } from '../../../../shared/definition/schema.ts';
import { type Keyring, loadKeyring } from '../../../../shared/links/index.ts';
import type { AdminRepository } from '../../../../shared/storage/admin-types.ts';
import { createAdminRepository, createDefinitionCache } from '../../../../shared/storage/index.ts';
import type { Submission } from '../../../../shared/storage/types.ts';
import { recordDecision } from '../../../../shared/submissions/decide.ts';
import { newSubmissionId } from '../../../../shared/submissions/ids.ts';
import { submitAnswers } from '../../../../shared/submissions/submit.ts';
import type { Decision } from '../../../../shared/workflow/types.ts';
import { aConsultation, aConsultationWithWorkflow, aStage } from '../../../support/consultation-factory.ts';
import { lambdaContext } from '../../../support/events.ts';
import { participationKeyring, signedFormIdFor } from '../../../support/form-ids.ts';
import { staffSession } from '../../../support/staff-session.ts';
import {
  type FunctionEnvironment,
  functionEnvironment,
  schedules,
} from '../../functions/function-environment.ts';
import { elementText, linkHref, openingTag, staffGet, tableRows, textOf } from './page-html.ts';

type Handler = (
  event: APIGatewayProxyEventV2,
  context: ReturnType<typeof lambdaContext>,
) => Promise<APIGatewayProxyStructuredResultV2>;

const INBOX = '/admin/consultations/{id}/submissions';
const DETAIL = '/admin/consultations/{id}/submissions/{submissionId}';
const SUBMISSION_LINK = /href="\/admin\/consultations\/[a-z0-9-]+\/submissions\/([0-9A-Z]{26})"/g;

// A survey owned by "integration": 30 submissions, newest first across two pages.
const survey = aConsultation('inbox-survey', schedules.open());
// A two-stage workflow owned by "integration": one approver per stage, any one decides.
const flow = aConsultationWithWorkflow(
  'inbox-flow',
  [aStage('experts', 1), aStage('steering', 1)],
  schedules.open(),
);
// Published from forms/ only: no admin entry, so no department, so admins alone may read it.
const orphan = aConsultation('inbox-orphan', schedules.open());

let env: FunctionEnvironment;
let admin: AdminRepository;
let keyring: Keyring;
let handler: Handler;
const cookies: Record<'admin' | 'viewer' | 'editor' | 'stranger', string> = {
  admin: '',
  viewer: '',
  editor: '',
  stranger: '',
};
let tick = 0;

async function createOwned(definition: Consultation, department: string): Promise<void> {
  const at = new Date().toISOString();
  const change = (action: 'created' | 'published') => ({
    scope: { kind: 'consultation' as const, consultationId: definition.id },
    actor: 'setup@example.org',
    action,
    summary: `Test setup: ${action}`,
    at,
  });
  const created = await admin.createConsultation(
    {
      consultationId: definition.id,
      department,
      createdAt: at,
      createdBy: 'setup@example.org',
      slug: definition.slug,
      title: definition.title,
      defaultLanguage: definition.defaultLanguage,
      opens: definition.opens,
      closes: definition.closes,
    },
    {
      consultationId: definition.id,
      definition: { ...definition },
      revision: 1,
      updatedAt: at,
      updatedBy: 'setup@example.org',
    },
    change('created'),
  );
  expect(created).toBe('created');
  await admin.publishWithChange(definition, change('published'));
}

/** Submits through the real submit path; each one a millisecond later than the one before. */
async function submit(definition: Consultation, choice = 'zusammen'): Promise<Submission> {
  const now = new Date(Date.now() - 60_000 + ++tick);
  const definitions = createDefinitionCache(env.repository, { ttlSeconds: 60 });
  const outcome = await submitAnswers(
    { repository: env.repository, definitions, participationKeyring, now: () => now },
    {
      slug: definition.slug,
      body: {
        _sid: await signedFormIdFor(definitions, definition.slug, now),
        _lang: 'en',
        name_choice: choice,
        comment: 'More language cafés & <b>less</b> paperwork',
        full_name: 'Amira Yılmaz',
        email: 'amira@example.org',
      },
    },
  );
  if (outcome.kind !== 'stored') throw new Error(`not stored: ${outcome.kind}`);
  return outcome.submission;
}

async function decide(submission: Submission, stageId: string, decision: Decision, comment?: string) {
  // Rounds count over the whole submission: the link of the stage it is in carries the current one.
  const state = (await env.repository.getSubmission(submission.consultationId, submission.id))?.workflow
    ?.state;
  const round = state?.status === 'inStage' ? state.round : 0;
  const outcome = await recordDecision(
    { repository: env.repository },
    {
      consultationId: submission.consultationId,
      submissionId: submission.id,
      stageId,
      round,
      approver: `${stageId}1@hannover.example`,
      decision,
      ...(comment ? { comment } : {}),
      now: new Date(),
    },
  );
  if (outcome.kind !== 'recorded') throw new Error(`not recorded: ${outcome.kind}`);
}

const inbox = (id: string, query?: Record<string, string>, cookie: string = cookies.admin) =>
  handler(staffGet(INBOX, { pathParameters: { id }, ...(query ? { query } : {}), cookie }), lambdaContext());

const detail = (id: string, submissionId: string, cookie: string = cookies.admin) =>
  handler(staffGet(DETAIL, { pathParameters: { id, submissionId }, cookie }), lambdaContext());

const listedIds = (html: string) => [...html.matchAll(SUBMISSION_LINK)].map((match) => match[1]);

/** The query of a link on the page (e.g. "Next page"). */
function queryOf(href: string | undefined): Record<string, string> {
  if (!href) throw new Error('no such link');
  return Object.fromEntries(new URL(href, 'https://mitwirken.test').searchParams);
}

const surveySubmissions: Submission[] = [];
const flowSubmissions: Record<'waiting' | 'atSteering' | 'sentBack' | 'approved' | 'rejected', Submission> =
  {} as never;

beforeAll(async () => {
  env = await functionEnvironment('admin-inbox');
  admin = createAdminRepository({ client: env.client, tableName: env.tableName });
  keyring = await loadKeyring({ kind: 'file', path: process.env.LINK_SECRET_FILE ?? '' });
  const { createAdminSubmissionsHandler } = await import(
    '../../../../functions/admin-submissions/handler.ts'
  );
  handler = createAdminSubmissionsHandler({
    admin,
    repository: env.repository,
    keyring: async () => keyring,
    allowList: [],
    now: () => new Date(),
  }) as Handler;

  const sign = async (member: StaffMember) => (await staffSession({ admin, keyring }, member)).cookie;
  cookies.admin = await sign({ email: 'admin@example.org', role: 'admin' });
  cookies.viewer = await sign({ email: 'viewer@example.org', role: 'viewer', department: 'integration' });
  cookies.editor = await sign({ email: 'editor@example.org', role: 'editor', department: 'integration' });
  cookies.stranger = await sign({ email: 'culture@example.org', role: 'viewer', department: 'culture' });

  await createOwned(survey, 'integration');
  await createOwned(flow, 'integration');
  await env.repository.publishDefinition(orphan);

  for (let i = 0; i < 30; i++)
    surveySubmissions.push(await submit(survey, i % 3 === 0 ? 'wir-sind-hannover' : 'zusammen'));

  flowSubmissions.waiting = await submit(flow);
  flowSubmissions.atSteering = await submit(flow);
  await decide(flowSubmissions.atSteering, 'experts', 'approve');
  flowSubmissions.sentBack = await submit(flow);
  await decide(flowSubmissions.sentBack, 'experts', 'sendBack', 'Please name a place.\nAnd a date.');
  flowSubmissions.approved = await submit(flow);
  await decide(flowSubmissions.approved, 'experts', 'approve');
  await decide(flowSubmissions.approved, 'steering', 'approve');
  flowSubmissions.rejected = await submit(flow, 'wir-sind-hannover');
  await decide(flowSubmissions.rejected, 'experts', 'reject', 'Out of scope.');
});

afterAll(() => env.client.destroy());

describe('GET /admin/consultations/{id}/submissions', () => {
  it('lists 25 submissions newest first, and the next page continues without duplicates or gaps', async () => {
    const newestFirst = surveySubmissions.map((s) => s.id).reverse();

    const first = await inbox(survey.id);
    const firstIds = listedIds(first.body ?? '');
    const second = await inbox(survey.id, queryOf(linkHref(first.body ?? '', 'Next page')));
    const secondIds = listedIds(second.body ?? '');

    expect(first.statusCode).toBe(200);
    expect(first.headers?.['cache-control']).toBe('no-store');
    expect(firstIds).toEqual(newestFirst.slice(0, 25));
    expect(linkHref(first.body ?? '', 'First page')).toBeUndefined();
    expect(second.statusCode).toBe(200);
    expect(secondIds).toEqual(newestFirst.slice(25));
    expect(linkHref(second.body ?? '', 'Next page')).toBeUndefined();
    expect(linkHref(second.body ?? '', 'First page')).toBe(`/admin/consultations/${survey.id}/submissions`);
  });

  it('shows reference, time in Berlin, language and status of each submission', async () => {
    const newest = surveySubmissions.at(-1) as Submission;

    const rows = tableRows((await inbox(survey.id)).body ?? '', { caption: 'Submissions, newest first' });

    expect(rows[0]).toEqual(['Reference', 'Submitted (Berlin time)', 'Language', 'Status']);
    // Day first, 24 hours, as on every staff page (e.g. "1 May 2026, 00:00").
    const berlin = new Intl.DateTimeFormat('en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Europe/Berlin',
    }).format(new Date(newest.submittedAt));
    expect(rows[1]).toEqual([newest.reference, berlin, 'English', 'Received (no workflow)']);
  });

  it('shows the submission count and the results per option with the current labels', async () => {
    const body = (await inbox(survey.id)).body ?? '';

    expect(elementText(body, 'submission-count')).toBe('30');
    expect(tableRows(body, { caption: 'Your favourite' })).toEqual([
      ['Answer', 'Count', 'Share of submissions'],
      ['We are Hanover', '10', '33.3 %'],
      ['Together in Hanover', '20', '66.7 %'],
    ]);
  });

  it('filters by workflow status and stage', async () => {
    const ids = async (query: Record<string, string>) => {
      const response = await inbox(flow.id, query);
      expect(response.statusCode).toBe(200);
      return listedIds(response.body ?? '');
    };
    const { waiting, atSteering, sentBack, approved, rejected } = flowSubmissions;

    expect(await ids({})).toEqual([rejected.id, approved.id, sentBack.id, atSteering.id, waiting.id]);
    expect(await ids({ status: 'inStage' })).toEqual([atSteering.id, waiting.id]);
    expect(await ids({ status: 'inStage', stage: 'experts' })).toEqual([waiting.id]);
    expect(await ids({ status: 'inStage', stage: 'steering' })).toEqual([atSteering.id]);
    expect(await ids({ status: 'sentBack' })).toEqual([sentBack.id]);
    expect(await ids({ status: 'sentBack', stage: 'steering' })).toEqual([]);
    expect(await ids({ status: 'approved' })).toEqual([approved.id]);
    expect(await ids({ status: 'rejected' })).toEqual([rejected.id]);
    expect(await ids({ status: '', stage: '' })).toHaveLength(5);
  });

  it('keeps the filter in the form and names the stage in the status column', async () => {
    const body = (await inbox(flow.id, { status: 'inStage', stage: 'steering' })).body ?? '';

    expect(body).toMatch(/<option value="inStage" selected/);
    expect(body).toMatch(/<option value="steering" selected/);
    const rows = tableRows(body, { caption: 'Submissions matching the filter, newest first' });
    expect(rows[1]?.[3]).toBe('In stage: Stage steering');
  });

  it.each([
    [{ status: 'pending' }, 'filter-status', 'There is no workflow status “pending”'],
    [{ status: 'inStage', stage: 'council' }, 'filter-stage', 'There is no stage “council”'],
    [
      { status: 'approved', stage: 'experts' },
      'filter-stage',
      'A stage narrows only “In stage” and “Sent back”',
    ],
  ])('refuses the filter %j with 400 and a message at the input', async (query, inputId, message) => {
    const response = await inbox(flow.id, query);

    expect(response.statusCode).toBe(400);
    expect(elementText(response.body ?? '', `${inputId}-error`)).toContain(message);
    expect(openingTag(response.body ?? '', inputId)).toContain('aria-invalid="true"');
    expect(listedIds(response.body ?? '')).toEqual([]);
  });

  it.each([['not-a-cursor'], [Buffer.from('{"v":1}').toString('base64url')]])(
    'refuses a page link it did not make (%s) with 400 and a way to the first page',
    async (cursor) => {
      const response = await inbox(survey.id, { cursor });

      expect(response.statusCode).toBe(400);
      expect(textOf(response.body ?? '')).toContain('This page link is not valid (any more)');
      expect(listedIds(response.body ?? '')).toEqual([]);
    },
  );

  it('refuses a cursor of another filter, since each listing makes its own', async () => {
    const first = await inbox(survey.id);
    const cursor = queryOf(linkHref(first.body ?? '', 'Next page')).cursor ?? '';

    expect((await inbox(flow.id, { cursor })).statusCode).toBe(400);
  });
});

describe('an inbox filter that searches a large state in parts', () => {
  it('shows "Next page" on a short or empty page when the search stopped at its budget', async () => {
    // Prepare: the only submission at the steering stage is the oldest; three newer wait for the experts
    const budget = aConsultationWithWorkflow(
      'inbox-budget',
      [aStage('experts', 1), aStage('steering', 1)],
      schedules.open(),
    );
    await env.repository.publishDefinition(budget);
    const oldest = await submit(budget);
    await decide(oldest, 'experts', 'approve');
    for (let i = 0; i < 3; i++) await submit(budget);
    // One Query of two index entries per page.
    const { createAdminSubmissionsHandler } = await import(
      '../../../../functions/admin-submissions/handler.ts'
    );
    const budgeted = createAdminSubmissionsHandler({
      admin: createAdminRepository({
        client: env.client,
        tableName: env.tableName,
        inboxScanBudget: { queries: 1, itemsPerQuery: 2 },
      }),
      repository: env.repository,
      keyring: async () => keyring,
      allowList: [],
      now: () => new Date(),
    }) as Handler;
    const page = async (query: Record<string, string>) => {
      const response = await budgeted(
        staffGet(INBOX, { pathParameters: { id: budget.id }, query, cookie: cookies.admin }),
        lambdaContext(),
      );
      expect(response.statusCode).toBe(200);
      return response.body ?? '';
    };
    const filter = { status: 'inStage', stage: 'steering' };
    // Act
    const first = await page(filter);
    const second = await page(queryOf(linkHref(first, 'Next page')));
    const third = await page(queryOf(linkHref(second, 'Next page')));
    // Assess: the first part holds no match, but the page goes on instead of saying there is none
    const searched = 'Searched part of the submissions; continue with the next page.';
    expect(listedIds(first)).toEqual([]);
    expect(elementText(first, 'inbox-partial')).toBe(searched);
    expect(textOf(first)).not.toContain('No submissions match this filter.');
    expect(queryOf(linkHref(first, 'Next page'))).toMatchObject(filter);
    expect(listedIds(second)).toEqual([oldest.id]);
    expect(elementText(second, 'inbox-partial')).toBe(searched);
    expect(listedIds(third)).toEqual([]);
    expect(elementText(third, 'inbox-empty')).toBe('There are no more submissions.');
    expect(elementText(third, 'inbox-partial')).toBeUndefined();
    expect(linkHref(third, 'Next page')).toBeUndefined();
  });
});

describe('GET /admin/consultations/{id}/submissions/{submissionId}', () => {
  it('shows the answers under their labels, personal ones marked, and the audit trail', async () => {
    const submission = flowSubmissions.sentBack;

    const response = await detail(flow.id, submission.id);
    const body = response.body ?? '';

    expect(response.statusCode).toBe(200);
    expect(elementText(body, 'submission-summary')).toContain(submission.reference);
    expect(elementText(body, 'submission-summary')).toContain(submission.definitionVersion);
    expect(tableRows(body, { id: 'answers' })).toEqual([
      ['Question', 'Answer'],
      ['Your favourite', 'Together in Hanover'],
      ['Comment', 'More language cafés & <b>less</b> paperwork'],
      ['Name Personal data', 'Amira Yılmaz'],
      ['Email Personal data', 'amira@example.org'],
    ]);
    expect(body).not.toContain('<b>less</b>');
    expect(elementText(body, 'workflow-state')).toContain('Sent back by stage: Stage experts');
    const trail = tableRows(body, { id: 'audit-trail' });
    expect(trail[0]).toEqual(['Time (Berlin)', 'Event', 'Actor', 'Stage', 'Decision', 'Comment']);
    expect(trail.slice(1).map((row) => row.slice(1))).toEqual([
      ['Submitted', 'Submitter', 'Stage experts', '', ''],
      [
        'Decision',
        'experts1@hannover.example',
        'Stage experts (round 1)',
        'Sent back for revision',
        'Please name a place. And a date.',
      ],
      [
        'Sent back for revision',
        'System (automatic)',
        'Stage experts (round 1)',
        '',
        'Please name a place. And a date.',
      ],
    ]);
  });

  it('shows who decided so far at the current stage', async () => {
    const body = (await detail(flow.id, flowSubmissions.atSteering.id)).body ?? '';

    expect(tableRows(body, { id: 'stage-decisions' }).slice(1)).toEqual([
      ['steering 1 (steering1@hannover.example)', 'Not yet decided', ''],
    ]);
  });

  it('labels the answers with the version they were given in, not the current one', async () => {
    const relabelled = aConsultation('inbox-versions', schedules.open());
    await createOwned(relabelled, 'integration');
    const old = await submit(relabelled);
    const [first, ...rest] = relabelled.fields;
    if (first?.type !== 'radio') throw new Error('the factory starts with a radio field');
    const current: Consultation = {
      ...relabelled,
      fields: [
        {
          ...first,
          options: first.options.map((o) =>
            o.value === 'zusammen'
              ? { ...o, label: { de: 'Hannover gemeinsam', en: 'Hanover together' } }
              : o,
          ),
        },
        ...rest,
      ],
    };
    await admin.publishWithChange(current, {
      scope: { kind: 'consultation', consultationId: relabelled.id },
      actor: 'setup@example.org',
      action: 'published',
      summary: 'Test setup: relabelled',
      at: new Date().toISOString(),
    });

    const detailBody = (await detail(relabelled.id, old.id)).body ?? '';
    const inboxBody = (await inbox(relabelled.id)).body ?? '';

    expect(tableRows(detailBody, { id: 'answers' })[1]).toEqual(['Your favourite', 'Together in Hanover']);
    expect(tableRows(inboxBody, { caption: 'Your favourite' })[2]).toEqual([
      'Hanover together',
      '1',
      '100 %',
    ]);
  });

  it('answers 404 for a submission that does not exist or is malformed', async () => {
    expect((await detail(flow.id, newSubmissionId(new Date()))).statusCode).toBe(404);
    expect((await detail(flow.id, 'not-a-ulid')).statusCode).toBe(404);
  });

  it('answers 404 for a submission of another consultation', async () => {
    expect((await detail(flow.id, surveySubmissions[0]?.id ?? '')).statusCode).toBe(404);
  });
});

describe('who may read the inbox', () => {
  it.each([
    ['viewer', 200],
    ['editor', 200],
    ['admin', 200],
    ['stranger', 403],
  ] as const)('answers the %s of the owner department (or another one) with %i', async (who, status) => {
    const submissionId = flowSubmissions.waiting.id;

    expect((await inbox(flow.id, undefined, cookies[who])).statusCode).toBe(status);
    expect((await detail(flow.id, submissionId, cookies[who])).statusCode).toBe(status);
  });

  it('lets only admins read a consultation without a department', async () => {
    const submission = await submit(orphan);

    expect((await inbox(orphan.id, undefined, cookies.viewer)).statusCode).toBe(403);
    expect((await detail(orphan.id, submission.id, cookies.editor)).statusCode).toBe(403);
    expect((await inbox(orphan.id, undefined, cookies.admin)).statusCode).toBe(200);
    expect((await detail(orphan.id, submission.id, cookies.admin)).statusCode).toBe(200);
  });

  it('answers 404 for an unknown consultation, and for a malformed id', async () => {
    expect((await inbox('no-such-consultation')).statusCode).toBe(404);
    expect((await inbox('Not_An_Id')).statusCode).toBe(404);
  });

  it('sends an anonymous visitor to sign in, and back here afterwards', async () => {
    // No cookie at all.
    const response = await inbox(flow.id, { status: 'approved' }, '');

    expect(response.statusCode).toBe(303);
    expect(response.headers?.location).toBe(
      `/admin?next=${encodeURIComponent(`/admin/consultations/${flow.id}/submissions?status=approved`)}`,
    );
  });

  it('changes nothing when read', async () => {
    const before = await env.scan();

    await inbox(flow.id);
    await detail(flow.id, flowSubmissions.approved.id);

    expect(await env.scan()).toEqual(before);
  });
});
