import { describe, expect, it } from 'vitest';
import type { Consultation } from '../../../../shared/definition/schema.ts';
import type { Locale } from '../../../../shared/i18n/locales.ts';
import type { AuditEvent, Submission, SubmissionHistory } from '../../../../shared/storage/types.ts';
import {
  renderResubmitRefusedPage,
  renderStatusLinkExpiredPage,
  renderStatusPage,
} from '../../../../shared/views/index.ts';
import { start, transition } from '../../../../shared/workflow/engine.ts';
import { snapshotWorkflow } from '../../../../shared/workflow/snapshot.ts';
import type { AuditEffect, WorkflowEvent, WorkflowState } from '../../../../shared/workflow/types.ts';
import { consultation, text } from '../consultation-factory.ts';
import { attribute, mainOf, tags } from '../html-probe.ts';

const EVIL = '<script>alert(1)</script>';
const ACTION = '/s/abc.def';

/** Two stages: "Fachgruppe" (Dr. Ayşe Demir) and "Lenkungsgruppe" (Jan Kowalski). */
function withWorkflow(): Consultation {
  return consultation({
    workflow: {
      stages: [
        {
          id: 'experts',
          name: text('Fachgruppe'),
          approvers: [{ email: 'Ayse.Demir@hannover.example', name: 'Dr. Ayşe Demir', language: 'de' }],
          rule: 'any',
        },
        {
          id: 'steering',
          name: text('Lenkungsgruppe'),
          approvers: [{ email: 'jan.kowalski@hannover.example', name: 'Jan Kowalski', language: 'de' }],
          rule: 'any',
        },
      ],
    },
  });
}

type Step = Exclude<WorkflowEvent, { type: 'submitted' }>;

/** Runs the engine from submission through `steps` and returns the history as stored. */
function historyAfter(definition: Consultation, steps: Step[], answers: Submission['answers'] = {}) {
  const snapshot = snapshotWorkflow(definition, { submitterHasEmail: true });
  if (!snapshot) throw new Error('no workflow');
  const first = start(snapshot, '2026-05-10T08:00:00.000Z');
  let state: WorkflowState = first.state;
  const audits: AuditEffect[] = first.effects.filter((e): e is AuditEffect => e.type === 'audit');
  const versions: number[] = audits.map(() => state.version);
  for (const step of steps) {
    const next = transition(snapshot, state, step);
    if (!next.ok) throw new Error(`refused: ${next.reason}`);
    state = next.state;
    for (const effect of next.effects) {
      if (effect.type !== 'audit') continue;
      audits.push(effect);
      versions.push(state.version);
    }
  }
  const submission: Submission = {
    id: '01JZ8X7Q2M3N4P5R6S7T8V9W0X',
    reference: '7K3Q-9D2F',
    consultationId: definition.id,
    definitionVersion: '0123456789ab',
    locale: 'de',
    submittedAt: '2026-05-10T08:00:00.000Z',
    answers: { lives_here: 'yes', district: 'linden', idea: 'Mehr Sprachcafés', importance: 4, ...answers },
    personal: { name: 'Amira Yılmaz', email: 'amira@example.org' },
    expiresAt: 1_800_000_000,
    workflow: { snapshot, state },
  };
  const events: AuditEvent[] = audits.map(({ type: _type, ...effect }, i) => ({
    ...effect,
    consultationId: definition.id,
    submissionId: submission.id,
    version: versions[i] ?? 1,
  }));
  return { submission, events } satisfies SubmissionHistory;
}

const decided = (
  stageId: string,
  approver: string,
  decision: 'approve' | 'reject' | 'sendBack',
  at: string,
  comment?: string,
): Step => ({
  type: 'decided',
  stageId,
  approver,
  decision,
  at,
  ...(comment ? { comment } : {}),
});

function render(history: SubmissionHistory, locale: Locale = 'de', definition = withWorkflow()) {
  return renderStatusPage({ definition, history, locale, action: ACTION }).html;
}

describe('renderStatusPage', () => {
  it('says in words which stage has the submission and since when', () => {
    const html = render(
      historyAfter(withWorkflow(), [
        decided('experts', 'ayse.demir@hannover.example', 'approve', '2026-05-12T09:30:00.000Z'),
      ]),
    );
    expect(mainOf(html)).toContain('liegt seit 12. Mai 2026 um 11:30 der Stufe „Lenkungsgruppe“');
    expect(html).toContain('7K3Q-9D2F');
  });

  it('lists the steps in order, approvers only by stage, never by name or address', () => {
    const html = render(
      historyAfter(withWorkflow(), [
        decided('experts', 'ayse.demir@hannover.example', 'approve', '2026-05-12T09:30:00.000Z', 'Gute Idee'),
        decided(
          'steering',
          'jan.kowalski@hannover.example',
          'reject',
          '2026-05-14T09:30:00.000Z',
          'Kein Budget',
        ),
      ]),
    );
    const main = mainOf(html);
    const order = [
      'Beitrag eingereicht',
      'Ein Mitglied der Stufe „Fachgruppe“ hat zugestimmt.',
      'Gute Idee',
      'Weitergegeben an die Stufe „Lenkungsgruppe“.',
      'Ein Mitglied der Stufe „Lenkungsgruppe“ hat abgelehnt.',
      'Kein Budget',
      'Beitrag in der Stufe „Lenkungsgruppe“ abgelehnt.',
    ].map((line) => main.indexOf(line));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    for (const secret of ['Ayşe', 'Demir', 'ayse.demir', 'Kowalski', 'jan.kowalski', '@hannover.example']) {
      expect(html.toLowerCase()).not.toContain(secret.toLowerCase());
    }
  });

  it('escapes markup in decision comments and in the stored answers', () => {
    const definition = withWorkflow();
    const history = historyAfter(
      definition,
      [decided('experts', 'ayse.demir@hannover.example', 'sendBack', '2026-05-12T09:30:00.000Z', EVIL)],
      { idea: `"><img src=x onerror=alert(1)>${EVIL}` },
    );
    const html = render(history, 'de', definition);
    expect(html).not.toContain(EVIL);
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script>alert(1)&lt;/script>');
  });

  it('shows the send-back comment and the form prefilled with the stored answers, posting to the status link', () => {
    const definition = withWorkflow();
    const history = historyAfter(definition, [
      decided(
        'experts',
        'ayse.demir@hannover.example',
        'sendBack',
        '2026-05-12T09:30:00.000Z',
        'Bitte den Ort nennen.',
      ),
    ]);
    const html = render(history, 'de', definition);
    const main = mainOf(html);
    // The comment comes before the form, the rule is spelled out.
    expect(main.indexOf('Bitte den Ort nennen.')).toBeLessThan(main.indexOf('<form'));
    expect(main).toContain('geht er zurück an die Stufe „Fachgruppe“. Sie entscheidet neu');
    const [form] = tags(html, 'form');
    expect(attribute(form ?? '', 'action')).toBe(ACTION);
    expect(attribute(form ?? '', 'method')).toBe('post');
    const inputs = tags(html, 'input');
    const input = (name: string, value?: string) =>
      inputs.find(
        (tag) =>
          attribute(tag, 'name') === name && (value === undefined || attribute(tag, 'value') === value),
      );
    expect(attribute(input('_version') ?? '', 'value')).toBe(
      String(history.submission.workflow?.state.version),
    );
    expect(input('_sid')).toBeUndefined();
    expect(input('_website')).toBeUndefined();
    expect(attribute(input('name') ?? '', 'value')).toBe('Amira Yılmaz');
    expect(attribute(input('lives_here', 'yes') ?? '', 'checked')).toBe(true);
    expect(attribute(input('importance', '4') ?? '', 'checked')).toBe(true);
    expect(main).toContain('Mehr Sprachcafés</textarea>');
  });

  it('shows no revision form unless the submission was sent back, only the erasure request', () => {
    const html = render(historyAfter(withWorkflow(), []));
    const forms = tags(html, 'form');
    expect(forms).toHaveLength(1);
    expect(forms[0]).toMatch(/action="[^"]*\/erase"/);
  });

  it('keeps the refused input and lists the errors after an invalid revision', () => {
    const definition = withWorkflow();
    const history = historyAfter(definition, [
      decided(
        'experts',
        'ayse.demir@hannover.example',
        'sendBack',
        '2026-05-12T09:30:00.000Z',
        'Bitte ergänzen.',
      ),
    ]);
    const html = renderStatusPage({
      definition,
      history,
      locale: 'de',
      action: ACTION,
      revision: {
        values: { idea: 'Neuer Text', lives_here: '' },
        errors: { lives_here: { code: 'required' } },
      },
    }).html;
    expect(html).toContain('class="error-summary"');
    expect(html).toContain('Neuer Text</textarea>');
    expect(html).not.toContain('Mehr Sprachcafés</textarea>');
  });

  it('renders right to left in Arabic with the stage name in Arabic', () => {
    const html = render(historyAfter(withWorkflow(), []), 'ar');
    expect(html).toMatch(/<html lang="ar" dir="rtl"/);
    expect(html).toContain('AR Fachgruppe');
  });
});

describe('status pages for refused links and revisions', () => {
  it('names the department to contact when the link has expired', () => {
    const html = renderStatusLinkExpiredPage({ definition: withWorkflow(), locale: 'en' }).html;
    expect(html).toContain('This link has expired');
    expect(html).toContain('EN Sachgebiet Integration: integration@hannover.example');
  });

  it('leads back to the status page when a revision is refused as stale', () => {
    const html = renderResubmitRefusedPage({
      definition: withWorkflow(),
      locale: 'de',
      reason: 'stale',
      statusPath: ACTION,
    }).html;
    expect(html).toContain('Ihr Beitrag hat sich inzwischen geändert');
    expect(html).toContain(`href="${ACTION}?lang=de"`);
  });
});
