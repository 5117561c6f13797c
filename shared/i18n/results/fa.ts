import type { ResultsMessages } from './de.ts';

/** Persian: the public results page of a consultation. */
export const fa = {
  title: (p) => `نتایج: ${p.title}`,
  asOf: (p) => `تا تاریخ ${p.date}`,
  participants: 'شرکت‌کنندگان',
  live: 'نظرخواهی هنوز ادامه دارد. تا زمانی که پاسخ‌ها می‌رسند، ارقام تغییر می‌کنند.',
  ended: (p) => `نظرخواهی در ${p.date} به پایان رسید. این ارقام نهایی است.`,
  notYetTitle: 'نتایج هنوز منتشر نشده است',
  notYet: (p) => `نتایج را پس از پایان نظرخواهی در ${p.date} منتشر می‌کنیم.`,
  answer: 'پاسخ',
  count: 'تعداد',
  share: 'سهم',
  severalAnswers: 'انتخاب چند پاسخ ممکن بود؛ به همین دلیل مجموع سهم‌ها بیش از ۱۰۰٪ است.',
  chart: (p) => `نمودار میله‌ای: ${p.question}`,
  chartBar: (p) => `${p.answer}: ${p.count} (${p.share})`,
  chartNote: 'نمودار همان ارقام جدول بالا را نشان می‌دهد.',
  agreed: 'موافقت شده',
  noQuestions: 'این نظرخواهی پرسشی با گزینه‌های شمارش‌شدنی ندارد.',
  nobodyYet: 'هنوز کسی شرکت نکرده است.',
  freeText: 'پاسخ‌هایی را که با کلمات خودتان نوشته‌اید منتشر نمی‌کنیم.',
  toConsultation: 'به نظرخواهی',
  toHome: 'همهٔ نظرخواهی‌ها',
} satisfies ResultsMessages;
