import { describe, expect, inject, it } from 'vitest';
import { decisionFormOf, type FetchedPage, openPath, postPath, textOf } from './support/approver.ts';
import { postFormsIn, type ReadForm } from './support/html-form.ts';

/** The status page's one form that is not the erasure request: the revision form. */
function revisionFormIn(html: string): ReadForm {
  const forms = postFormsIn(html).filter((f) => !f.action.split('?')[0]?.endsWith('/erase'));
  if (forms.length !== 1 || !forms[0]) throw new Error(`Expected one revision form, found ${forms.length}`);
  return forms[0];
}

import { outboxSettled, platformRepository, tableSnapshot } from './support/platform-table.ts';
import { PROPOSAL_PEOPLE, PROPOSAL_SLUG, submitProposal } from './support/proposal.ts';
import {
  decisionPathIn,
  payloadOf,
  settledMails,
  statusPathIn,
  waitForMails,
} from './support/workflow-mail.ts';
import { decideOrFail, decisionLinkOf, inGerman, nthOf } from './support/workflow-steps.ts';

const baseUrl = inject('baseUrl');
const sesUrl = inject('sesUrl');
const { experts, steering, committee, department } = PROPOSAL_PEOPLE;
const linkOf = (approver: string, reference: string, nth = 1) =>
  decisionLinkOf(sesUrl, approver, reference, nth);

describe('a measure proposal on its way through three stages', () => {
  it('is adopted after two of three experts, the steering group and the committee approve', async () => {
    // Prepare
    const proposal = await submitProposal(baseUrl, 'adoption');
    const about = proposal.reference;

    // Assess: each expert has one email with a link of their own, and no personal data in it.
    const expertLinks = await Promise.all(experts.map((expert) => linkOf(expert, about)));
    for (const expert of experts) {
      const [request] = await waitForMails(sesUrl, { to: expert, about });
      expect(request?.body.text).toContain('Sprachcafé');
      expect(`${request?.body.text}${request?.body.html}`).not.toMatch(/Aylin Demir|@example\.org/);
    }
    expect(new Set(expertLinks).size).toBe(3);
    expertLinks.forEach((path, i) => {
      expect(payloadOf(path)).toMatchObject({
        purpose: 'decide',
        submissionId: proposal.submissionId,
        stageId: 'expertengruppe',
        approver: experts[i],
        round: 1,
      });
    });
    await waitForMails(sesUrl, { to: proposal.submitter, about, subject: 'Eingegangen' });

    // Act: open every link (GET and HEAD), as a person or a mail scanner would.
    await outboxSettled(proposal.submissionId);
    const before = await tableSnapshot();
    const reviewPages: string[] = [];
    for (const path of expertLinks) {
      const page = await openPath(baseUrl, inGerman(path));
      expect(page.status).toBe(200);
      expect(textOf(page.html)).toContain(proposal.title);
      expect(page.html).not.toMatch(/Aylin Demir|@example\.org/);
      expect(privacyHeadersOf(page)).toEqual({ cache: 'no-store', referrer: 'same-origin' });
      reviewPages.push(page.html);
      const head = await openPath(baseUrl, path, 'HEAD');
      expect([head.status, head.html]).toEqual([200, '']);
    }

    const ownLanguages = await Promise.all(
      expertLinks.map(async (path) => /<html lang="([^"]+)"/.exec((await openPath(baseUrl, path)).html)?.[1]),
    );

    // Assess: nothing in the table changed; without ?lang each expert reads their own language.
    expect(await tableSnapshot()).toEqual(before);
    expect(ownLanguages).toEqual(['de', 'tr', 'uk']);

    // Act: two experts approve, which is the quorum.
    const [first, second, third] = expertLinks as [string, string, string];
    await decideOrFail(baseUrl, first);
    await decideOrFail(baseUrl, second);

    // Assess: the third expert finds the stage closed, and posting the form they had opened is refused.
    const closed = await openPath(baseUrl, inGerman(third));
    expect(textOf(closed.html)).toContain('Diese Stufe ist abgeschlossen');
    const late = decisionFormOf(reviewPages[2] ?? '', inGerman(third), 'approve');
    const lateAnswer = await postPath(baseUrl, late.path, late.body);
    expect(lateAnswer.status).toBe(409);
    expect(textOf(lateAnswer.html)).toContain('Diese Stufe ist abgeschlossen');

    // Act: the steering group, then the committee approve (either member may).
    const steeringLinks = await Promise.all(steering.map((member) => linkOf(member, about)));
    expect(steeringLinks.map((path) => payloadOf(path).stageId)).toEqual([
      'lenkungsgruppe',
      'lenkungsgruppe',
    ]);
    await decideOrFail(baseUrl, steeringLinks[0] ?? '');
    const committeeLinks = await Promise.all(committee.map((member) => linkOf(member, about)));
    await decideOrFail(baseUrl, committeeLinks[1] ?? '', 'approve', 'Einstimmig beschlossen.');

    // Assess: the submitter heard of every step, the department of the outcome, nobody twice.
    const submitterMails = await settledMails(sesUrl, { to: proposal.submitter, about }, 4);
    expect(submitterMails.map((mail) => mail.subject.split(':')[0])).toEqual([
      'Eingegangen',
      'Nächste Stufe',
      'Nächste Stufe',
      'Angenommen',
    ]);
    const outcome = await settledMails(sesUrl, { to: department, about }, 1);
    expect(outcome.map((mail) => mail.subject)).toEqual([expect.stringContaining('Ergebnis: angenommen')]);
    expect(outcome[0]?.body.text).not.toMatch(/Aylin Demir|@example\.org/);
    for (const approver of [...experts, ...steering, ...committee]) {
      expect((await waitForMails(sesUrl, { to: approver, about })).length, approver).toBe(1);
    }

    // Assess: the status page tells the whole story, each step dated, approvers only by their stage.
    const status = await openPath(baseUrl, statusPathIn(nthOf(submitterMails, 4, proposal.submitter)));
    expect(status.status).toBe(200);
    expect(privacyHeadersOf(status)).toEqual({ cache: 'no-store', referrer: 'same-origin' });
    const steps = timelineOf(status.html);
    expect(steps.map((step) => step.text)).toEqual([
      'Beitrag eingereicht',
      'Ein Mitglied der Stufe „Expert*innengruppe“ hat zugestimmt.',
      'Ein Mitglied der Stufe „Expert*innengruppe“ hat zugestimmt.',
      'Weitergegeben an die Stufe „Lenkungsgruppe“.',
      'Ein Mitglied der Stufe „Lenkungsgruppe“ hat zugestimmt.',
      'Weitergegeben an die Stufe „Internationaler Ausschuss“.',
      'Ein Mitglied der Stufe „Internationaler Ausschuss“ hat zugestimmt. Kommentar Einstimmig beschlossen.',
      'Beitrag angenommen.',
    ]);
    const times = steps.map((step) => Date.parse(step.datetime));
    expect(times.every((time, i) => Number.isFinite(time) && time >= (times[i - 1] ?? 0))).toBe(true);
    expect(textOf(status.html)).toContain('Ihr Beitrag wurde am');
    expect(status.html).not.toContain('hannover.example');
    for (const name of ['Becker', 'Yılmaz', 'Kovalenko', 'Schulz', 'Haddad', 'Wagner', 'Smirnova']) {
      expect(status.html).not.toContain(name);
    }
  });
});

/** The status page's history: each step's machine-readable date and its text without the shown date. */
function timelineOf(html: string): { datetime: string; text: string }[] {
  return [...html.matchAll(/<li class="timeline__entry">([\s\S]*?)<\/li>/g)].map((entry) => {
    const inner = entry[1] ?? '';
    const time = /<time datetime="([^"]+)">([^<]*)<\/time>/i.exec(inner);
    return {
      datetime: time?.[1] ?? '',
      text: textOf(inner.replace(time?.[0] ?? '', '')),
    };
  });
}

describe('rejections', () => {
  it('return the proposal to the experts from the steering group and end it in the committee', async () => {
    // Prepare: two experts approve round 1.
    const proposal = await submitProposal(baseUrl, 'rejections');
    const about = proposal.reference;
    const roundOneLinks = await Promise.all(experts.map((expert) => linkOf(expert, about)));
    const roundOne = payloadOf(roundOneLinks[0] ?? '').round ?? 0;
    for (const link of roundOneLinks.slice(0, 2)) await decideOrFail(baseUrl, link);

    // Act: the steering group rejects (rule `any`: only when both members are against it).
    const steeringReason = 'Bitte die Kosten für die Bibliotheken genauer schätzen.';
    await decideOrFail(baseUrl, await linkOf(steering[1], about), 'reject', steeringReason);
    expect(await stateOf(proposal.submissionId)).toMatchObject({
      status: 'inStage',
      stageId: 'lenkungsgruppe',
    });
    await decideOrFail(baseUrl, await linkOf(steering[0], about), 'reject', 'Ebenso.');

    // Assess: every expert is asked again, in a new round of their stage, with the steering group's reason.
    const secondRequests = await Promise.all(
      experts.map(async (expert) => nthOf(await waitForMails(sesUrl, { to: expert, about }, 2), 2, expert)),
    );
    const state = await stateOf(proposal.submissionId);
    expect(state).toMatchObject({ status: 'inStage', stageId: 'expertengruppe', decisions: {} });
    const newRound = state?.status === 'inStage' ? state.round : 0;
    expect(newRound).toBeGreaterThan(roundOne);
    secondRequests.forEach((mail, i) => {
      expect(payloadOf(decisionPathIn(mail))).toMatchObject({
        stageId: 'expertengruppe',
        round: newRound,
        approver: experts[i],
      });
    });
    const oldLink = await openPath(baseUrl, inGerman(roundOneLinks[2] ?? ''));
    expect(textOf(oldLink.html)).toContain('Diese Stufe ist abgeschlossen');
    expect(secondRequests[0]?.body.text).toContain(steeringReason);
    await waitForMails(sesUrl, { to: proposal.submitter, about, subject: 'Erneute Entscheidung' });

    // Act: round 2 approves, the steering group approves, the committee rejects.
    for (const mail of secondRequests.slice(1)) await decideOrFail(baseUrl, decisionPathIn(mail));
    await decideOrFail(baseUrl, await linkOf(steering[0], about, 2));
    const reason = 'Der Ausschuss sieht dafür im Haushalt 2027 keine Mittel.';
    await decideOrFail(baseUrl, await linkOf(committee[0], about), 'reject', reason);
    await decideOrFail(baseUrl, await linkOf(committee[1], about), 'reject', 'Ich schließe mich an.');

    // Assess: the submitter learns the result with the reason; the department learns the outcome.
    const [rejected] = await waitForMails(sesUrl, { to: proposal.submitter, about, subject: 'Abgelehnt' });
    expect(rejected?.body.text).toContain(reason);
    expect(rejected?.body.text).toContain('Internationaler Ausschuss');
    const outcome = await settledMails(sesUrl, { to: department, about }, 1);
    expect(outcome.map((mail) => mail.subject)).toEqual([expect.stringContaining('Ergebnis: abgelehnt')]);
    expect(outcome[0]?.body.text).toContain(reason);
    expect(await stateOf(proposal.submissionId)).toMatchObject({
      status: 'rejected',
      stageId: 'internationaler-ausschuss',
      comment: `${reason}\n\nIch schließe mich an.`,
    });
  });
});

describe('sending a proposal back for revision', () => {
  it('lets the submitter revise it from the status link, and the experts start a new round', async () => {
    // Prepare
    const proposal = await submitProposal(baseUrl, 'revise');
    const about = proposal.reference;
    const comment = 'Bitte nennen Sie, welche Bibliotheken zuerst beginnen sollen.';

    // Act: two of the three experts send it back (with one, two approvals would still be in reach).
    const sendingBack = await linkOf(experts[2], about);
    await decideOrFail(baseUrl, sendingBack, 'sendBack', comment);
    await decideOrFail(
      baseUrl,
      await linkOf(experts[1], about),
      'sendBack',
      'Und bitte die Kosten grob schätzen.',
    );

    // Assess: the submitter's email carries the comment and the status link, no approver's address.
    const [sentBack] = await waitForMails(sesUrl, {
      to: proposal.submitter,
      about,
      subject: 'Bitte überarbeiten',
    });
    expect(sentBack?.body.text).toContain(comment);
    expect(sentBack?.body.text).not.toContain('hannover.example');
    const statusPath = statusPathIn(nthOf(sentBack ? [sentBack] : [], 1, proposal.submitter));
    expect(payloadOf(statusPath)).toMatchObject({ purpose: 'status', submissionId: proposal.submissionId });

    // Assess: the status page (GET and HEAD change nothing) shows the comment and the prefilled form.
    await outboxSettled(proposal.submissionId);
    const before = await tableSnapshot();
    const statusPage = await openPath(baseUrl, statusPath);
    expect((await openPath(baseUrl, statusPath, 'HEAD')).status).toBe(200);
    expect(await tableSnapshot()).toEqual(before);
    expect(statusPage.status).toBe(200);
    expect(textOf(statusPage.html)).toContain(comment);
    // Besides the revision form the page holds only the erasure request (its own action).
    const forms = postFormsIn(statusPage.html);
    expect(forms.filter((f) => f.action.split('?')[0]?.endsWith('/erase'))).toHaveLength(1);
    const form = revisionFormIn(statusPage.html);
    expect(form.fields.get('title')).toBe(proposal.title);
    expect(form.fields.get('goal_area')).toBe('bildung');
    expect(form.fields.getAll('beneficiaries').sort()).toEqual(['familien', 'neu-zugewanderte']);

    // Act: resubmit with a revised description, from five tabs at once.
    const revised = new URLSearchParams(form.fields);
    const description =
      'Zuerst beginnen die Bibliotheken in Linden, Vahrenheide und Mühlenberg; danach folgen alle anderen.';
    revised.set('description', description);
    const target = new URL(form.action, `${baseUrl}${statusPath}`);
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => postPath(baseUrl, `${target.pathname}${target.search}`, revised)),
    );

    // Assess: stored once; it is back with the experts in a new round, with the new text.
    expect(answers.map((answer) => answer.status).sort()).toEqual([303, 409, 409, 409, 409]);
    const refusal = answers.find((answer) => answer.status === 409);
    expect(textOf(refusal?.html ?? '')).toContain('Ihr Beitrag wartet nicht auf eine Überarbeitung');
    const again = await Promise.all(
      experts.map((expert) => settledMails(sesUrl, { to: expert, about }, 2, 300)),
    );
    expect(again.map((mails) => mails.length)).toEqual([2, 2, 2]);
    const newRound = (payloadOf(sendingBack).round ?? 0) + 1;
    for (const mail of again.map((mails) => nthOf(mails, 2, 'an expert'))) {
      expect(payloadOf(decisionPathIn(mail))).toMatchObject({ stageId: 'expertengruppe', round: newRound });
      expect(mail.body.text).toContain('Mühlenberg');
    }
    expect(
      await settledMails(sesUrl, { to: proposal.submitter, about, subject: 'Eingegangen' }, 2, 300),
    ).toHaveLength(2);
    const afterwards = await openPath(baseUrl, statusPath);
    expect(
      postFormsIn(afterwards.html).filter((f) => !f.action.split('?')[0]?.endsWith('/erase')),
    ).toHaveLength(0);
    expect(textOf(afterwards.html)).toContain('Überarbeiteten Beitrag eingereicht.');
    const history = await platformRepository().getSubmissionHistory(PROPOSAL_SLUG, proposal.submissionId);
    expect(history?.events.map((event) => event.event)).toEqual([
      'submitted',
      'decided',
      'decided',
      'sentBack',
      'resubmitted',
    ]);
    expect(history?.submission.answers.description).toBe(description);
    expect(history?.submission.workflow?.state).toMatchObject({
      status: 'inStage',
      stageId: 'expertengruppe',
      round: newRound,
    });
  });
});

/** The headers that keep a page whose address is a secret out of caches and Referer headers. */
function privacyHeadersOf(page: FetchedPage) {
  return { cache: page.headers.get('cache-control'), referrer: page.headers.get('referrer-policy') };
}

/** Where a proposal's workflow stands, read from the table. */
async function stateOf(submissionId: string) {
  return (await platformRepository().getSubmission(PROPOSAL_SLUG, submissionId))?.workflow?.state;
}
