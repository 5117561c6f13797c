import type { ErasureMessages } from './de.ts';

/** English: erasure on request. */
export const en = {
  sectionTitle: 'Erase your personal data',
  sectionText:
    'You can have your personal details for this submission erased at any time. The next step shows what will be erased and what stays.',
  startButton: 'Erase my data',
  confirmTitle: 'Do you want to erase your personal data?',
  removedTitle: 'Erased at once',
  removedContact: 'Your email address and phone number, including the address for the copy',
  keptTitle: 'What stays',
  keptAnswers: 'Your other answers, which do not identify you. They still count in the results.',
  keptReference: 'The reference number, the date and the history of decisions.',
  keptWorkflow:
    'The decision on your submission goes on. You get no more emails about it; this link still shows where it stands.',
  departmentTold:
    'The contact office of the consultation learns that you erased your data, but not what it said.',
  final: 'Erasure cannot be undone.',
  confirmButton: 'Yes, erase my data now',
  cancel: 'Cancel and go back to your submission',
  doneTitle: 'Your personal data is erased',
  doneText: (p) => `We erased your personal details on ${p.at}.`,
  alreadyTitle: 'Your personal data was already erased',
  alreadyText: (p) => `It was erased on ${p.at}. There is nothing left to erase.`,
  notice: (p) => `Your personal details were erased at your request on ${p.at}.`,
  timeline: 'Your personal data was erased at your request.',
  backToStatus: 'Go to your submission',
} satisfies ErasureMessages;
