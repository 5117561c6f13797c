import { describe, expect, it } from 'vitest';
import type { Decision } from '../../../../shared/definition/workflow-schema.ts';
import type { Locale } from '../../../../shared/i18n/locales.ts';
import type { AuditEvent } from '../../../../shared/storage/types.ts';
import {
  type ReviewContext,
  renderDecidedPage,
  renderExpiredLinkPage,
  renderReviewPage,
  renderStageClosedPage,
} from '../../../../shared/views/index.ts';
import { aConsultationWithWorkflow, aStage } from '../../../support/consultation-factory.ts';
import { attribute, mainOf, tags, tagWithId } from '../html-probe.ts';

const definition = aConsultationWithWorkflow('review-views', [
  aStage('experts', 2),
  aStage('steering', 1, { name: { de: 'Lenkungsgruppe', en: 'Steering group' } }),
]);
const stages = definition.workflow?.stages ?? [];

function context(overrides: Partial<ReviewContext> & { decisions?: Decision[] } = {}): ReviewContext {
  const { decisions, ...rest } = overrides;
  const steering = stages[1];
  if (!steering) throw new Error('factory has two stages');
  return {
    definition,
    submission: {
      reference: '01J0-ABCD',
      submittedAt: '2026-06-15T10:00:00.000Z',
      locale: 'de',
      answers: { name_choice: 'zusammen', comment: 'Mehr Bänke am Kröpcke' },
    },
    events: [],
    stages,
    stage: decisions ? { ...steering, decisions } : steering,
    locale: 'en',
    ...rest,
  };
}

const decided = (overrides: Partial<AuditEvent> = {}): AuditEvent => ({
  consultationId: 'review-views',
  submissionId: '01J0ABCDEFGHJKMNPQRSTVWXYZ',
  version: 2,
  event: 'decided',
  actor: { kind: 'approver', stageId: 'experts', email: 'experts1@hannover.example' },
  stageId: 'experts',
  round: 1,
  decision: 'approve',
  comment: 'Gut begründet',
  at: '2026-06-16T09:00:00.000Z',
  ...overrides,
});

describe('the review page', () => {
  it('escapes answers and history comments instead of rendering them as markup', () => {
    const html = renderReviewPage(
      context({
        submission: { ...context().submission, answers: { comment: '<script>alert(1)</script>' } },
        events: [decided({ comment: '<img src=x onerror=alert(2)>' })],
      }),
    ).html;
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('&lt;script>alert(1)&lt;/script>');
    expect(html).not.toContain('<img src=x');
    expect(tags(html, 'script')).toHaveLength(0);
  });

  it('marks the answers with the language they were written in and names it', () => {
    const html = renderReviewPage(context({ locale: 'en' })).html;
    const answers = /<dl class="answers"[^>]*>/.exec(html)?.[0] ?? '';
    expect(attribute(answers, 'lang')).toBe('de');
    expect(mainOf(html)).toContain('The answers are written in Deutsch.');
    // The option label in the submission's language, not the page's.
    expect(html).toContain('Zusammen in Hannover');
  });

  it('leaves personal answers out', () => {
    const html = renderReviewPage(
      context({
        submission: {
          ...context().submission,
          answers: { name_choice: 'zusammen', full_name: 'Amira Yılmaz' },
        },
      }),
    ).html;
    expect(html).not.toContain('Amira');
  });

  it('offers only the decisions the stage allows', () => {
    const html = renderReviewPage(context({ decisions: ['approve', 'reject'] })).html;
    const values = tags(html, 'input')
      .filter((tag) => attribute(tag, 'name') === 'decision')
      .map((tag) => attribute(tag, 'value'));
    expect(values).toEqual(['approve', 'reject']);
  });

  it('says in the comment hint that rejecting and sending back need a comment', () => {
    const html = renderReviewPage(context()).html;
    expect(attribute(tagWithId(html, 'f-comment'), 'aria-describedby')).toBe('f-comment-hint');
    expect(tagWithId(html, 'f-comment-hint')).toBeTruthy();
    expect(mainOf(html)).toContain('A comment is needed to reject or to send back.');
  });

  it('posts to its own address with no hidden fields', () => {
    const html = renderReviewPage(context()).html;
    const [form] = tags(html, 'form');
    expect(attribute(form ?? '', 'method')).toBe('post');
    expect(attribute(form ?? '', 'action')).toBeUndefined();
    expect(tags(html, 'input').filter((tag) => attribute(tag, 'type') === 'hidden')).toHaveLength(0);
  });

  it('shows the error summary and keeps the input when the form comes back refused', () => {
    const page = renderReviewPage({
      ...context({ locale: 'de' }),
      values: { decision: 'reject', comment: '  ' },
      errors: { comment: 'required' },
    }).html;
    expect(page).toContain('class="error-summary"');
    expect(page).toContain('href="#f-comment"');
    expect(mainOf(page)).toContain('Schreiben Sie einen Kommentar.');
    const reject = tags(page, 'input').find((tag) => attribute(tag, 'value') === 'reject') ?? '';
    expect(attribute(reject, 'checked')).toBe(true);
    expect(attribute(tagWithId(page, 'f-comment'), 'aria-invalid')).toBe('true');
    expect(attribute(tagWithId(page, 'f-comment'), 'aria-describedby')).toBe(
      'f-comment-hint f-comment-error',
    );
  });

  it('names approvers in the history by stage and role, never by address', () => {
    const html = renderReviewPage(context({ locale: 'de', events: [decided()] })).html;
    expect(mainOf(html)).toContain('Mitglied der Stufe „Stufe experts“');
    expect(html).not.toMatch(/@hannover\.example/);
  });

  it('is right to left in Arabic', () => {
    const html = renderReviewPage(context({ locale: 'ar' as Locale })).html;
    const [root] = tags(html, 'html');
    expect(attribute(root ?? '', 'dir')).toBe('rtl');
  });
});

describe('the pages after and around a decision', () => {
  it('words the recorded decision as a confirmation right after deciding', () => {
    const decision = { decision: 'reject' as const, comment: 'Zu <teuer>', at: '2026-06-16T09:00:00.000Z' };
    const done = renderDecidedPage({ ...context({ locale: 'de' }), decision, done: true }).html;
    const again = renderDecidedPage({ ...context({ locale: 'de' }), decision, done: false }).html;
    expect(mainOf(done)).toContain('Vielen Dank, Ihre Entscheidung ist gespeichert');
    expect(mainOf(again)).toContain('Sie haben bereits entschieden');
    expect(done).toContain('Zu &lt;teuer>');
    expect(mainOf(done)).toContain('Abgelehnt');
  });

  it('explains a closed stage and offers a fresh link only on the expired page', () => {
    expect(tags(renderStageClosedPage(context()).html, 'form')).toHaveLength(0);
    const expired = renderExpiredLinkPage({ ...context(), renewPath: '/r/abc.def/renew?lang=en' }).html;
    const [form] = tags(expired, 'form');
    expect(attribute(form ?? '', 'action')).toBe('/r/abc.def/renew?lang=en');
    expect(attribute(form ?? '', 'method')).toBe('post');
  });

  it('never shows an approver address on any page', () => {
    const decision = { decision: 'approve' as const, at: '2026-06-16T09:00:00.000Z' };
    const pages = [
      renderReviewPage(context({ events: [decided()] })),
      renderDecidedPage({ ...context({ events: [decided()] }), decision, done: true }),
      renderStageClosedPage(context({ events: [decided()] })),
      renderExpiredLinkPage({ ...context({ events: [decided()] }), renewPath: '/r/x/renew' }),
    ];
    for (const page of pages) expect(page.html).not.toContain('@hannover.example');
  });
});
