import type { ResultsMessages } from './de.ts';

/** English: the public results page of a consultation. */
export const en = {
  title: (p) => `Results: ${p.title}`,
  asOf: (p) => `As of ${p.date}`,
  participants: 'Participants',
  live: 'The consultation is still open. The figures change as long as answers come in.',
  ended: (p) => `The consultation ended on ${p.date}. These are the final figures.`,
  notYetTitle: 'The results are not published yet',
  notYet: (p) => `We will publish the results after the consultation ends on ${p.date}.`,
  answer: 'Answer',
  count: 'Number',
  share: 'Share',
  severalAnswers: 'Several answers were possible, so the shares add up to more than 100 %.',
  chart: (p) => `Bar chart: ${p.question}`,
  chartBar: (p) => `${p.answer}: ${p.count} (${p.share})`,
  chartNote: 'The chart shows the same figures as the table above.',
  agreed: 'Agreed',
  noQuestions: 'This consultation has no questions with answer options that are counted.',
  nobodyYet: 'Nobody has taken part yet.',
  freeText: 'We do not publish answers written in your own words.',
  toConsultation: 'To the consultation',
  toHome: 'All consultations',
} satisfies ResultsMessages;
