import type { ResultsMessages } from './de.ts';

/** Ukrainian: the public results page of a consultation. */
export const uk = {
  title: (p) => `Результати: ${p.title}`,
  asOf: (p) => `Станом на ${p.date}`,
  participants: 'Учасники',
  live: 'Опитування ще триває. Цифри змінюються, доки надходять відповіді.',
  ended: (p) => `Опитування завершилося ${p.date}. Це остаточні цифри.`,
  notYetTitle: 'Результати ще не опубліковано',
  notYet: (p) => `Ми опублікуємо результати після завершення опитування ${p.date}.`,
  answer: 'Відповідь',
  count: 'Кількість',
  share: 'Частка',
  severalAnswers: 'Можна було вибрати кілька відповідей, тому сума часток перевищує 100 %.',
  chart: (p) => `Стовпчикова діаграма: ${p.question}`,
  chartBar: (p) => `${p.answer}: ${p.count} (${p.share})`,
  chartNote: 'Діаграма показує ті самі цифри, що й таблиця вище.',
  agreed: 'Згоду надано',
  noQuestions: 'У цьому опитуванні немає запитань із варіантами відповіді, які підраховуються.',
  nobodyYet: 'Поки що ніхто не взяв участі.',
  freeText: 'Відповіді, написані власними словами, ми не публікуємо.',
  toConsultation: 'До опитування',
  toHome: 'Усі опитування',
} satisfies ResultsMessages;
