import type { StatusMessages } from './de.ts';

/** English: the submitter's status and resubmission pages. */
export const en = {
  reference: 'Reference number',
  submittedAt: 'Submitted on',
  currentState: 'Current status',
  received: 'Your submission has been received.',
  inStage: (p) => `Since ${p.since}, your submission has been with the stage “${p.stage}” for a decision.`,
  backInStage: (p) =>
    `Since ${p.since}, your revised submission has been back with the stage “${p.stage}” for a decision.`,
  sentBack: (p) => `On ${p.at}, the stage “${p.stage}” sent your submission back to you for revision.`,
  approved: (p) => `Your submission was approved on ${p.at}.`,
  rejected: (p) => `Your submission was rejected at the stage “${p.stage}” on ${p.at}.`,
  sentBackTitle: 'Please revise your submission',
  sentBackBy: (p) => `The stage “${p.stage}” writes:`,
  resubmitRule: (p) =>
    `When you send the revised submission, it goes back to the stage “${p.stage}”. That stage decides anew on the whole submission; earlier approvals no longer count.`,
  reviseTitle: 'Your submission to revise',
  resubmit: 'Send revised submission',
  timelineTitle: 'History',
  event: {
    submitted: 'Submission sent',
    approve: (p) => `A member of the stage “${p.stage}” approved.`,
    reject: (p) => `A member of the stage “${p.stage}” rejected.`,
    sendBack: (p) => `A member of the stage “${p.stage}” asked for a revision.`,
    advanced: (p) => `Passed on to the stage “${p.stage}”.`,
    returned: (p) => `Returned to the stage “${p.stage}” to decide again.`,
    approved: 'Submission approved.',
    rejected: (p) => `Submission rejected at the stage “${p.stage}”.`,
    sentBack: 'Sent back to you for revision.',
    resubmitted: (p) => `Revised submission sent. It is back with the stage “${p.stage}”.`,
  },
  commentLabel: 'Comment',
  expiredTitle: 'This link has expired',
  expiredText:
    'For your security, the link to your submission is only valid for a limited time. We cannot send a new link automatically.',
  contact: (p) => `To find out the status of your submission, please contact ${p.name}: ${p.email}`,
  notSentBackTitle: 'Your submission is not waiting for a revision',
  notSentBack: 'You may already have sent it again. The page of your submission shows its current status.',
  finalTitle: 'A decision on your submission has already been made',
  final: 'It can no longer be changed. The page of your submission shows the outcome.',
  staleTitle: 'Your submission has changed in the meantime',
  stale:
    'Your changes were not saved. Please reload the page of your submission and check its current status.',
  backToStatus: 'To the page of your submission',
} satisfies StatusMessages;
