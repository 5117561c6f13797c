import { describe, expect, inject, it } from 'vitest';
import { decisionFormOf, landingOf, openPath, postPath, textOf } from './support/approver.ts';
import { postFormIn } from './support/html-form.ts';
import { signWithPlatformKey } from './support/link-signing.ts';
import { itemsOf, outboxSettled, platformRepository, tableSnapshot } from './support/platform-table.ts';
import { PROPOSAL_PEOPLE, PROPOSAL_SLUG, submitProposal } from './support/proposal.ts';
import {
  decisionPathIn,
  mailsAbout,
  mailsToAnyone,
  payloadOf,
  settledMails,
  statusPathIn,
  waitForMails,
} from './support/workflow-mail.ts';
import { decideOrFail, decisionLinkOf, inGerman, nthOf } from './support/workflow-steps.ts';

const baseUrl = inject('baseUrl');
const sesUrl = inject('sesUrl');
const { experts, steering } = PROPOSAL_PEOPLE;

/** The two parts of a link's token. */
function partsOf(path: string): { payload: string; signature: string } {
  const [payload = '', signature = ''] = (path.split('/').pop() ?? '').split('.');
  return { payload, signature };
}

/** The same characters with one changed, so the string stays well-formed. */
function withOneCharChanged(text: string): string {
  const i = Math.floor(text.length / 2);
  return `${text.slice(0, i)}${text[i] === 'A' ? 'B' : 'A'}${text.slice(i + 1)}`;
}

describe('decision links', () => {
  it('refuse tampered, crossed and foreign tokens with 403 and change nothing', async () => {
    // Prepare
    const proposal = await submitProposal(baseUrl, 'tamper');
    const other = await submitProposal(baseUrl, 'tamper-other');
    const mine = await decisionLinkOf(sesUrl, experts[0], proposal.reference);
    const colleague = await decisionLinkOf(sesUrl, experts[1], proposal.reference);
    const elsewhere = await decisionLinkOf(sesUrl, experts[0], other.reference);
    const received = await waitForMails(sesUrl, { to: proposal.submitter, about: proposal.reference });
    const statusToken = statusPathIn(nthOf(received, 1, proposal.submitter)).slice(3);
    const form = decisionFormOf((await openPath(baseUrl, mine)).html, mine, 'approve');
    const { payload, signature } = partsOf(mine);
    const refused = {
      'a changed signature': `/r/${payload}.${withOneCharChanged(signature)}`,
      'a changed payload': `/r/${withOneCharChanged(payload)}.${signature}`,
      "a colleague's payload with my signature": `/r/${partsOf(colleague).payload}.${signature}`,
      "another submission's payload with my signature": `/r/${partsOf(elsewhere).payload}.${signature}`,
      'the status link as a decision link': `/r/${statusToken}`,
      'no signature': `/r/${payload}.`,
    };
    await outboxSettled(proposal.submissionId);
    await outboxSettled(other.submissionId);
    const before = await tableSnapshot();

    // Act
    const answers: Record<string, [number, number]> = {};
    for (const [what, path] of Object.entries(refused)) {
      answers[what] = [
        (await openPath(baseUrl, path)).status,
        (await postPath(baseUrl, path, form.body)).status,
      ];
    }
    const decisionAsStatus = await openPath(baseUrl, `/s/${mine.slice(3)}`);

    // Assess
    expect(answers).toEqual(Object.fromEntries(Object.keys(refused).map((what) => [what, [403, 403]])));
    expect(decisionAsStatus.status).toBe(403);
    expect(await tableSnapshot()).toEqual(before);
  });

  it('answers a repeated decision with 409 and keeps the first one', async () => {
    // Prepare
    const proposal = await submitProposal(baseUrl, 'replay');
    const path = inGerman(await decisionLinkOf(sesUrl, experts[0], proposal.reference));
    const reviewPage = (await openPath(baseUrl, path)).html;
    const form = decisionFormOf(reviewPage, path, 'approve');
    expect((await postPath(baseUrl, form.path, form.body)).status).toBe(303);

    // Act: the same post again, and the same form with another decision.
    const replay = await postPath(baseUrl, form.path, form.body);
    const reject = decisionFormOf(reviewPage, path, 'reject', 'Doch nicht.');
    const changedMind = await postPath(baseUrl, reject.path, reject.body);
    const reopened = await openPath(baseUrl, path);

    // Assess
    expect(replay.status).toBe(409);
    expect(textOf(replay.html)).toContain('Sie haben bereits entschieden');
    expect(changedMind.status).toBe(409);
    expect(reopened.status).toBe(200);
    expect(textOf(reopened.html)).toContain('Sie haben bereits entschieden');
    expect(textOf(reopened.html)).toContain('Angenommen');
    const markers = (await itemsOf(proposal.submissionId)).filter((item) => item.kind === 'decision');
    expect(markers).toMatchObject([{ approver: experts[0], decision: 'approve' }]);
  });

  it('offers an expired link a fresh one, sent to the same address only', async () => {
    // Prepare: a link of the third expert that expired a minute ago.
    const proposal = await submitProposal(baseUrl, 'expired');
    const about = proposal.reference;
    await waitForMails(sesUrl, { to: experts[2], about });
    const expired = `/r/${await signWithPlatformKey({
      purpose: 'decide',
      consultationId: PROPOSAL_SLUG,
      submissionId: proposal.submissionId,
      stageId: 'expertengruppe',
      approver: experts[2],
      round: 1,
      expiresAt: Math.floor(Date.now() / 1000) - 60,
    })}`;
    await outboxSettled(proposal.submissionId);
    const before = await tableSnapshot();

    // Act: open it, and try to decide with it anyway.
    const page = await openPath(baseUrl, inGerman(expired));
    const decideAnyway = await postPath(baseUrl, expired, new URLSearchParams({ decision: 'approve' }));

    // Assess: the expired page (410 Gone) with a renew form; nothing decided.
    expect(page.status).toBe(410);
    expect(textOf(page.html)).toContain('Dieser Link ist abgelaufen');
    expect(textOf(page.html)).not.toContain(proposal.title);
    expect(decideAnyway.status).toBe(410);
    expect(await tableSnapshot()).toEqual(before);

    // Act: ask for a new link, twice (a second click, or a second tab).
    const everyoneBefore = (await mailsToAnyone(sesUrl, about)).length;
    const renew = postFormIn(page.html, '/renew');
    const renewPath = new URL(renew.action, baseUrl);
    const renewed = await postPath(baseUrl, `${renewPath.pathname}${renewPath.search}`, renew.fields);
    const renewedAgain = await postPath(baseUrl, `${renewPath.pathname}${renewPath.search}`, renew.fields);

    // Assess: both answered alike; one fresh email with a valid link, to the same address, to nobody else.
    expect([renewed.status, renewedAgain.status]).toEqual([303, 303]);
    expect(renewedAgain.location).toBe(renewed.location);
    expect(textOf((await landingOf(baseUrl, renewed)).html)).toContain('Ein neuer Link ist unterwegs');
    const mails = await settledMails(sesUrl, { to: experts[2], about }, 2);
    expect(mails).toHaveLength(2);
    const fresh = decisionPathIn(nthOf(mails, 2, experts[2]));
    expect(payloadOf(fresh)).toMatchObject({ approver: experts[2], stageId: 'expertengruppe', round: 1 });
    expect(payloadOf(fresh).expiresAt).toBeGreaterThan(Date.now() / 1000 + 86_400);
    expect((await mailsToAnyone(sesUrl, about)).length).toBe(everyoneBefore + 1);
    await decideOrFail(baseUrl, fresh);
  });
});

describe('status links', () => {
  it('show whom to contact when expired, and take no revision through them', async () => {
    // Prepare: a proposal that was sent back, and its status link expired a minute ago.
    const proposal = await submitProposal(baseUrl, 'status-expired');
    const about = proposal.reference;
    const comment = 'Bitte ergänzen Sie die Kosten.';
    // Two of three experts: with one approval no longer enough in reach, the quorum stage sends it back.
    await decideOrFail(baseUrl, await decisionLinkOf(sesUrl, experts[0], about), 'sendBack', comment);
    await decideOrFail(baseUrl, await decisionLinkOf(sesUrl, experts[1], about), 'sendBack', comment);
    await waitForMails(sesUrl, { to: proposal.submitter, about, subject: 'Bitte überarbeiten' });
    const expired = `/s/${await signWithPlatformKey({
      purpose: 'status',
      consultationId: PROPOSAL_SLUG,
      submissionId: proposal.submissionId,
      expiresAt: Math.floor(Date.now() / 1000) - 60,
    })}`;
    await outboxSettled(proposal.submissionId);
    const before = await tableSnapshot();

    // Act
    const page = await openPath(baseUrl, inGerman(expired));
    const resubmit = await postPath(
      baseUrl,
      expired,
      new URLSearchParams({ title: 'Geändert', _lang: 'de' }),
    );

    // Assess
    expect(page.status).toBe(410);
    expect(textOf(page.html)).toContain('Dieser Link ist abgelaufen');
    expect(textOf(page.html)).toContain('integration@hannover-stadt.de');
    expect(textOf(page.html)).not.toContain(comment);
    expect(resubmit.status).toBe(410);
    expect(await tableSnapshot()).toEqual(before);
  });
});

describe('parallel posts of one decision', () => {
  it('record exactly one decision and send the next stage its emails once', async () => {
    // Prepare: one expert approved; the second approval completes the quorum.
    const proposal = await submitProposal(baseUrl, 'race');
    const about = proposal.reference;
    await decideOrFail(baseUrl, await decisionLinkOf(sesUrl, experts[0], about));
    const path = await decisionLinkOf(sesUrl, experts[1], about);
    const form = decisionFormOf((await openPath(baseUrl, path)).html, path, 'approve');

    // Act
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => postPath(baseUrl, form.path, form.body)),
    );

    // Assess
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status < 400)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(19);
    const items = await itemsOf(proposal.submissionId);
    expect(items.filter((item) => item.kind === 'decision' && item.approver === experts[1])).toHaveLength(1);
    const history = await platformRepository().getSubmissionHistory(PROPOSAL_SLUG, proposal.submissionId);
    expect(history?.events.filter((event) => event.event === 'decided')).toHaveLength(2);
    expect(history?.events.filter((event) => event.event === 'advanced')).toHaveLength(1);
    for (const member of steering) {
      expect(await settledMails(sesUrl, { to: member, about }, 1, 300), member).toHaveLength(1);
    }
    expect(
      await mailsAbout(sesUrl, { to: proposal.submitter, about, subject: 'Nächste Stufe' }),
    ).toHaveLength(1);
  });

  it('let all three experts approve at once: two count, the stage advances once', async () => {
    // Prepare
    const proposal = await submitProposal(baseUrl, 'race-three');
    const about = proposal.reference;
    const forms = await Promise.all(
      experts.map(async (expert) => {
        const path = inGerman(await decisionLinkOf(sesUrl, expert, about));
        return decisionFormOf((await openPath(baseUrl, path)).html, path, 'approve');
      }),
    );

    // Act: each expert posts five times, all at once.
    const answers = await Promise.all(
      forms.flatMap((form) => Array.from({ length: 5 }, () => postPath(baseUrl, form.path, form.body))),
    );

    // Assess
    expect(answers.filter((answer) => answer.status === 303)).toHaveLength(2);
    expect(answers.filter((answer) => answer.status === 409)).toHaveLength(13);
    const history = await platformRepository().getSubmissionHistory(PROPOSAL_SLUG, proposal.submissionId);
    expect(history?.events.map((event) => event.event)).toEqual([
      'submitted',
      'decided',
      'decided',
      'advanced',
    ]);
    expect((await itemsOf(proposal.submissionId)).filter((item) => item.kind === 'decision')).toHaveLength(2);
    for (const member of steering) {
      expect(await settledMails(sesUrl, { to: member, about }, 1, 300), member).toHaveLength(1);
    }
  });
});
