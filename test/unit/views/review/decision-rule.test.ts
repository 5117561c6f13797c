import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../../shared/i18n/locales.ts';
import { type ReviewContext, renderReviewPage } from '../../../../shared/views/index.ts';
import { previewDecision } from '../../../../shared/workflow/preview.ts';
import type { WorkflowState } from '../../../../shared/workflow/types.ts';
import { aConsultationWithWorkflow, aStage } from '../../../support/consultation-factory.ts';
import { decided, run, snapshot, stage } from '../../workflow/factory.ts';
import { attribute, mainOf, tagWithId } from '../html-probe.ts';

const definition = aConsultationWithWorkflow('rule-views', [aStage('experts', 3), aStage('steering', 2)]);

const text = (html: string) =>
  mainOf(html)
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

function pageFor(
  state: WorkflowState,
  approver: string,
  showNames = false,
  locale: ReviewContext['locale'] = 'de',
) {
  const snap = snapshot([
    stage('experts', 3, { rule: { quorum: 2 }, showNames, name: { de: 'Expert*innen', en: 'Experts' } }),
    stage('steering', 2, { name: { de: 'Lenkungsgruppe', en: 'Steering group' } }),
  ]);
  const preview = previewDecision(snap, state, approver);
  return renderReviewPage({
    definition,
    submission: {
      reference: '01J0-ABCD',
      submittedAt: '2026-06-15T10:00:00.000Z',
      locale: 'de',
      answers: {},
    },
    events: [],
    stages: snap.stages,
    stage: snap.stages[0] as (typeof snap.stages)[number],
    locale,
    preview,
  }).html;
}

const snap = snapshot([stage('experts', 3, { rule: { quorum: 2 } }), stage('steering', 2)]);

describe('the rule, the tally and the effect on the review page', () => {
  it('says the rule, counts without names, and that a first rejection decides nothing', () => {
    const html = pageFor(run(snap).state, 'experts1@hannover.example');
    const shown = text(html);
    expect(shown).toContain('2 von 3 Zustimmungen nötig.');
    expect(shown).toContain('sobald 2 Zustimmungen nicht mehr erreichbar sind');
    expect(shown).toContain('Zustimmungen 0');
    expect(shown).toContain('Noch offen 3');
    expect(shown).toContain('Ihre Ablehnung wird gezählt; entschieden ist noch nichts.');
    expect(shown).toContain('Ihre Zustimmung wird gezählt; entschieden ist noch nichts.');
    expect(html).not.toContain('Name of experts');
    // The effect is the radio's description, so a screen reader hears it with the choice.
    expect(attribute(tagWithId(html, 'f-decision'), 'aria-describedby')).toBe('f-decision-approve-effect');
  });

  it('tells the approver after one rejection that theirs rejects and their approval is counted', () => {
    const state = run(snap, decided('experts', 'experts1@hannover.example', 'reject', 'Nein')).state;
    const shown = text(pageFor(state, 'experts2@hannover.example'));
    expect(shown).toContain('Ablehnungen 1');
    expect(shown).toContain('Noch offen 2');
    expect(shown).toContain('Mit Ihrer Ablehnung ist der Beitrag abgelehnt.');
    expect(shown).toContain('Ihre Zustimmung wird gezählt; entschieden ist noch nichts.');
  });

  it('tells the approver after one approval that theirs completes the stage and where it goes', () => {
    const state = run(snap, decided('experts', 'experts1@hannover.example')).state;
    const shown = text(pageFor(state, 'experts3@hannover.example'));
    expect(shown).toContain(
      'Ihre Zustimmung schließt diese Stufe ab. Der Beitrag geht weiter an die Stufe „Lenkungsgruppe“.',
    );
  });

  it('names who decided what only when the stage allows it', () => {
    const state = run(snap, decided('experts', 'experts1@hannover.example', 'reject', 'Nein')).state;
    const shown = text(pageFor(state, 'experts2@hannover.example', true));
    expect(shown).toContain('Name of experts1@hannover.example : Abgelehnt');
    expect(shown).toContain('Name of experts3@hannover.example : Noch offen');
  });

  it.each(LOCALES)('states rule, tally and effects in %s', (locale) => {
    const state = run(snap, decided('experts', 'experts1@hannover.example', 'reject', 'Nein')).state;
    const html = pageFor(state, 'experts2@hannover.example', false, locale);
    expect(html).toContain('id="review-rule"');
    for (const decision of ['approve', 'reject', 'sendBack'])
      expect(tagWithId(html, `f-decision-${decision}-effect`)).not.toBe('');
  });
});
