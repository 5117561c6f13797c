import { formatNumber } from '../format.ts';
import type { ReviewMessages } from './de.ts';

const n = (value: number) => formatNumber('en', value);

/** English: the approvers' review and decision pages. */
export const en = {
  title: 'Your decision is requested',
  stage: (p) => `Stage: ${p.stage}`,
  reference: 'Reference number',
  submittedAt: 'Received on',
  answersHeading: 'The submission',
  answersIn: (p) => `The answers are written in ${p.language}.`,
  noAnswers: 'The submission contains no answers other than personal details.',
  personalHidden: 'Personal details of the person who submitted it are not shown here.',
  historyHeading: 'History so far',
  memberOf: (p) => `Member of the stage “${p.stage}”`,
  submitter: 'Person who submitted',
  system: 'Automatic',
  events: {
    submitted: 'Submitted',
    decided: 'Decision',
    advanced: 'Passed on to the next stage',
    returned: 'Returned to an earlier stage',
    approved: 'Approved',
    rejected: 'Rejected',
    sentBack: 'Sent back for revision',
    resubmitted: 'Revised and resubmitted',
    reminded: 'Reminder sent',
    erased: 'Personal data erased on request',
  },
  choices: {
    approve: 'Approve',
    reject: 'Reject',
    sendBack: 'Send back to the person who submitted it for revision',
  },
  outcomes: { approve: 'Approved', reject: 'Rejected', sendBack: 'Sent back for revision' },
  comment: 'Comment',
  formHeading: 'Your decision',
  decisionLegend: 'What is your decision?',
  commentHint: (p) => `A comment is needed to reject or to send back. At most ${n(p.max)} characters.`,
  finalNotice: 'Your decision counts as soon as you send it. You cannot change it afterwards.',
  submit: 'Send decision',
  errors: {
    decision: 'Choose your decision.',
    commentRequired: 'Write a comment. It is needed to reject or to send back.',
    commentTooLong: (p) => `The comment must be ${n(p.max)} characters or fewer.`,
  },
  doneTitle: 'Thank you, your decision has been recorded',
  decidedTitle: 'You have already decided',
  yourDecision: 'Your decision',
  decidedAt: 'Decided on',
  nothingToDo: 'There is nothing more for you to do. We will inform everyone concerned by email.',
  closedTitle: 'This stage is closed',
  closedText:
    'This submission has already been decided at this stage, or it has moved on. Your decision is no longer needed here.',
  expiredTitle: 'This link has expired',
  expiredText:
    'For security, decision links are only valid for a limited time. The submission is still waiting for your decision.',
  renewButton: 'Send a new link to my email address',
  renewedTitle: 'A new link is on its way',
  renewedText:
    'We are sending a new link to the email address this link was sent to. Please open the submission with the new link.',
  renewLimit: 'We send at most one new link per hour.',
  decisionRule: {
    heading: 'How this stage decides',
    needed: {
      any: (p) => `${n(p.needed)} of ${n(p.approvers)} approvals needed: one approval is enough.`,
      all: (p) => `${n(p.needed)} of ${n(p.approvers)} approvals needed: everyone must approve.`,
      quorum: (p) => `${n(p.needed)} of ${n(p.approvers)} approvals needed.`,
      majority: (p) =>
        `${n(p.needed)} of ${n(p.approvers)} approvals needed: a majority, that is more than half.`,
    },
    against: {
      any: (p) =>
        `The submission is only rejected or sent back when nobody can approve it any more: when all ${n(p.approvers)} members have decided against it.`,
      all: (p) =>
        `A single rejection or send-back decides against the submission, because then not all ${n(p.approvers)} can approve.`,
      quorum: (p) =>
        `The stage decides against the submission as soon as ${n(p.needed)} approvals can no longer be reached.`,
      majority: (p) =>
        `The stage decides against the submission as soon as ${n(p.needed)} approvals can no longer be reached. A tie is not a majority.`,
    },
    split:
      'When the stage decides against the submission: if there are more rejections than send-backs, it is rejected. Otherwise, a tie included, it goes back to the person who submitted it for revision.',
    returnsTo: (p) => `A rejection at this stage returns the submission to the stage “${p.stage}”.`,
    tallyHeading: 'Decided so far in this round',
    tally: { approve: 'Approvals', reject: 'Rejections', sendBack: 'Sent back', pending: 'Not yet decided' },
    namesHeading: 'Who decided what',
    pendingName: 'Not yet decided',
  },
  effect: {
    counted: {
      approve: 'Your approval is counted; nothing is decided yet.',
      reject: 'Your rejection is counted; nothing is decided yet.',
      sendBack: 'Your send-back is counted; nothing is decided yet.',
    },
    advanced: (p) => `Your approval completes this stage. The submission moves on to the stage “${p.stage}”.`,
    approved: 'Your approval completes the last stage. The submission is then approved.',
    rejected: {
      reject: 'With your rejection, the submission is rejected.',
      sendBack:
        'With your send-back, the stage decides against the submission. There are more rejections than send-backs, so it is rejected.',
    },
    returned: {
      reject: (p) => `With your rejection, the submission returns to the stage “${p.stage}”.`,
      sendBack: (p) =>
        `With your send-back, the stage decides against the submission. There are more rejections than send-backs, so it returns to the stage “${p.stage}”.`,
    },
    sentBack: {
      reject:
        'With your rejection, the stage decides against the submission. There are not more rejections than send-backs, so it goes back to the person who submitted it for revision.',
      sendBack: 'With your send-back, the submission goes back to the person who submitted it for revision.',
    },
  },
} satisfies ReviewMessages;
