import type { ResultsMessages } from './de.ts';

/** Russian: the public results page of a consultation. */
export const ru = {
  title: (p) => `Результаты: ${p.title}`,
  asOf: (p) => `По состоянию на ${p.date}`,
  participants: 'Участники',
  live: 'Опрос ещё идёт. Цифры меняются, пока поступают ответы.',
  ended: (p) => `Опрос завершился ${p.date}. Это окончательные цифры.`,
  notYetTitle: 'Результаты ещё не опубликованы',
  notYet: (p) => `Мы опубликуем результаты после окончания опроса ${p.date}.`,
  answer: 'Ответ',
  count: 'Количество',
  share: 'Доля',
  severalAnswers: 'Можно было выбрать несколько ответов, поэтому сумма долей больше 100 %.',
  chart: (p) => `Столбчатая диаграмма: ${p.question}`,
  chartBar: (p) => `${p.answer}: ${p.count} (${p.share})`,
  chartNote: 'Диаграмма показывает те же цифры, что и таблица выше.',
  agreed: 'Согласие дано',
  noQuestions: 'В этом опросе нет вопросов с вариантами ответа, которые подсчитываются.',
  nobodyYet: 'Пока никто не принял участия.',
  freeText: 'Ответы, написанные своими словами, мы не публикуем.',
  toConsultation: 'К опросу',
  toHome: 'Все опросы',
} satisfies ResultsMessages;
