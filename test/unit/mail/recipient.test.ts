import { describe, expect, it } from 'vitest';
import { recipientOf, submitterAddress } from '../../../shared/mail/recipient.ts';
import type { Submission } from '../../../shared/storage/types.ts';
import { effectOf, workflowConsultation } from '../email/workflow-factory.ts';

function aSubmission(overrides: Partial<Submission> = {}): Submission {
  return {
    id: '01JXKZ5J4G7K3Q9D2FABCDEFGH',
    reference: 'Q9D2-FABC',
    consultationId: 'wir-sind-hannover',
    definitionVersion: 'abcdef012345',
    locale: 'ar',
    submittedAt: '2026-06-15T10:00:00.000Z',
    answers: { lives_here: 'yes' },
    personal: { email: 'amira@example.org' },
    expiresAt: 1_800_000_000,
    ...overrides,
  };
}

describe('recipientOf', () => {
  const definition = workflowConsultation();

  it('writes to an approver at their address in their language', () => {
    expect(recipientOf(effectOf('approvalRequested', 'en'), aSubmission(), definition)).toEqual({
      address: 'samir.haddad@hannover.example',
      locale: 'en',
    });
  });

  it("writes to the submitter at the email field's answer in the language they submitted in", () => {
    expect(recipientOf(effectOf('received'), aSubmission(), definition)).toEqual({
      address: 'amira@example.org',
      locale: 'ar',
    });
  });

  it('falls back to the copy address, and has no recipient when the submitter left none', () => {
    expect(submitterAddress(aSubmission({ personal: {}, copyTo: 'kopie@example.org' }), definition)).toBe(
      'kopie@example.org',
    );
    expect(recipientOf(effectOf('received'), aSubmission({ personal: {} }), definition)).toBeUndefined();
  });

  it("writes to the department at the contact address in the consultation's default language", () => {
    expect(recipientOf(effectOf('outcome'), aSubmission(), definition)).toEqual({
      address: 'integration@hannover.example',
      locale: 'de',
    });
  });
});
