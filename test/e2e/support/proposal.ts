import { inject } from 'vitest';
import { referenceOf } from '../../../shared/submissions/ids.ts';
import { submissionIdOf } from '../../support/form-ids.ts';
import { confirmByMail } from './confirm-mail.ts';
import { postFormIn } from './html-form.ts';
import { uniqueAddress } from './inbox.ts';

/** The consultation with the three-stage approval workflow (forms/massnahmen-vorschlag.yaml). */
export const PROPOSAL_SLUG = 'massnahmen-vorschlag';

/** Its approvers and department contact, as that file names them. */
export const PROPOSAL_PEOPLE = {
  experts: ['expertin.a@hannover.example', 'experte.b@hannover.example', 'expertin.c@hannover.example'],
  steering: ['lenkungsgruppe.vorsitz@hannover.example', 'lenkungsgruppe.stellvertretung@hannover.example'],
  committee: ['ausschuss.vorsitz@hannover.example', 'ausschuss.geschaeftsfuehrung@hannover.example'],
  department: 'integration@hannover-stadt.de',
} as const;

export interface SubmittedProposal {
  submissionId: string;
  reference: string;
  /** The submitter's own address, unique to the test. */
  submitter: string;
  title: string;
}

/**
 * Proposes a measure through the public form as a resident does (GET the form, POST its hidden
 * fields with the answers), in German, with a unique submitter address so every step is mailed.
 * The form asks for email confirmation (`verification: email`): the proposal exists, and its
 * workflow starts, once the link mailed to the submitter is confirmed, which this does as well.
 */
export async function submitProposal(
  baseUrl: string,
  label: string,
  sesUrl: string = inject('sesUrl'),
): Promise<SubmittedProposal> {
  const formPage = await fetch(`${baseUrl}/c/${PROPOSAL_SLUG}?lang=de`);
  if (formPage.status !== 200) throw new Error(`The proposal form answered ${formPage.status}`);
  const form = postFormIn(await formPage.text());
  const submitter = uniqueAddress(label);
  const title = `Sprachcafés in allen Stadtteilbibliotheken (${label})`;
  const body = new URLSearchParams({
    _sid: form.fields.get('_sid') ?? '',
    _v: form.fields.get('_v') ?? '',
    _lang: 'de',
    title,
    goal_area: 'bildung',
    description:
      'Jede Stadtteilbibliothek bietet einmal pro Woche ein offenes Sprachcafé an, begleitet von Ehrenamtlichen.',
    name: 'Aylin Demir',
    email: submitter,
    privacy: 'yes',
  });
  body.append('beneficiaries', 'neu-zugewanderte');
  body.append('beneficiaries', 'familien');
  const response = await fetch(`${baseUrl}/c/${PROPOSAL_SLUG}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: body.toString(),
    redirect: 'manual',
  });
  // The form's `_sid` is the signed form id: the submission id is its ULID.
  const submissionId = submissionIdOf(form.fields.get('_sid') ?? '');
  // 202: stored as pending; nothing counts or starts until the mailed link is confirmed.
  if (response.status !== 202) {
    throw new Error(`Submitting the proposal answered ${response.status}: ${await response.text()}`);
  }
  await confirmByMail(baseUrl, sesUrl, submitter);
  return { submissionId, reference: referenceOf(submissionId), submitter, title };
}
