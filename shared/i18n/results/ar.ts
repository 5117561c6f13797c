import type { ResultsMessages } from './de.ts';

/** Arabic: the public results page of a consultation. */
export const ar = {
  title: (p) => `النتائج: ${p.title}`,
  asOf: (p) => `حتى تاريخ: ${p.date}`,
  participants: 'المشاركون',
  live: 'المشاركة لا تزال مفتوحة. تتغير الأرقام ما دامت الإجابات تصل.',
  ended: (p) => `انتهت المشاركة في ${p.date}. هذه هي الأرقام النهائية.`,
  notYetTitle: 'لم تُنشر النتائج بعد',
  notYet: (p) => `سننشر النتائج بعد انتهاء المشاركة في ${p.date}.`,
  answer: 'الإجابة',
  count: 'العدد',
  share: 'النسبة',
  severalAnswers: 'كان من الممكن اختيار أكثر من إجابة، لذلك يزيد مجموع النسب على 100%.',
  chart: (p) => `مخطط أعمدة: ${p.question}`,
  chartBar: (p) => `${p.answer}: ${p.count} (${p.share})`,
  chartNote: 'يعرض المخطط الأرقام نفسها الواردة في الجدول أعلاه.',
  agreed: 'موافق',
  noQuestions: 'لا تحتوي هذه المشاركة على أسئلة ذات خيارات تُحصى.',
  nobodyYet: 'لم يشارك أحد حتى الآن.',
  freeText: 'لا ننشر الإجابات المكتوبة بكلماتك الخاصة.',
  toConsultation: 'إلى المشاركة',
  toHome: 'جميع المشاركات',
} satisfies ResultsMessages;
