import { formatNumber } from '../format.ts';
import type { ReviewMessages } from './de.ts';

const n = (value: number) => formatNumber('ar', value);

/** Arabic: the approvers' review and decision pages. */
export const ar = {
  title: 'نرجو قرارك',
  stage: (p) => `المرحلة: ${p.stage}`,
  reference: 'الرقم المرجعي',
  submittedAt: 'تاريخ الاستلام',
  answersHeading: 'المساهمة',
  answersIn: (p) => `الإجابات مكتوبة باللغة: ${p.language}.`,
  noAnswers: 'لا تحتوي المساهمة على إجابات غير البيانات الشخصية.',
  personalHidden: 'لا تُعرض هنا البيانات الشخصية للشخص الذي قدّم المساهمة.',
  historyHeading: 'مسار المساهمة حتى الآن',
  memberOf: (p) => `عضو في مرحلة «${p.stage}»`,
  submitter: 'مقدّم المساهمة',
  system: 'تلقائي',
  events: {
    submitted: 'تم التقديم',
    decided: 'قرار',
    advanced: 'أُحيلت إلى المرحلة التالية',
    returned: 'أُعيدت إلى مرحلة سابقة',
    approved: 'تمت الموافقة',
    rejected: 'تم الرفض',
    sentBack: 'أُعيدت للمراجعة',
    resubmitted: 'قُدّمت من جديد بعد المراجعة',
    reminded: 'أُرسل تذكير',
  },
  choices: {
    approve: 'موافقة',
    reject: 'رفض',
    sendBack: 'إعادتها إلى مقدّمها للمراجعة',
  },
  outcomes: { approve: 'تمت الموافقة', reject: 'تم الرفض', sendBack: 'أُعيدت للمراجعة' },
  comment: 'تعليق',
  formHeading: 'قرارك',
  decisionLegend: 'ما هو قرارك؟',
  commentHint: (p) => `التعليق مطلوب عند الرفض أو الإعادة. ${n(p.max)} حرف كحد أقصى.`,
  finalNotice: 'يُحتسب قرارك فور إرساله، ولا يمكنك تغييره بعد ذلك.',
  submit: 'إرسال القرار',
  errors: {
    decision: 'اختر قرارك.',
    commentRequired: 'اكتب تعليقًا، فهو مطلوب عند الرفض أو الإعادة.',
    commentTooLong: (p) => `يجب ألا يتجاوز التعليق ${n(p.max)} حرف.`,
  },
  doneTitle: 'شكرًا لك، تم تسجيل قرارك',
  decidedTitle: 'لقد اتخذت قرارك بالفعل',
  yourDecision: 'قرارك',
  decidedAt: 'تاريخ القرار',
  nothingToDo: 'لا يلزمك فعل أي شيء آخر. سنبلغ جميع المعنيين بالبريد الإلكتروني.',
  closedTitle: 'هذه المرحلة مغلقة',
  closedText: 'تم البت في هذه المساهمة في هذه المرحلة، أو انتقلت إلى مرحلة أخرى. لم يعد قرارك مطلوبًا هنا.',
  expiredTitle: 'انتهت صلاحية هذا الرابط',
  expiredText: 'لأسباب أمنية، تكون روابط القرار صالحة لمدة محدودة فقط. لا تزال المساهمة تنتظر قرارك.',
  renewButton: 'أرسل رابطًا جديدًا إلى بريدي الإلكتروني',
  renewedTitle: 'رابط جديد في الطريق إليك',
  renewedText:
    'نرسل رابطًا جديدًا إلى عنوان البريد الإلكتروني الذي أُرسل إليه هذا الرابط. يُرجى فتح المساهمة بالرابط الجديد.',
  renewLimit: 'نرسل رابطًا جديدًا واحدًا على الأكثر كل ساعة.',
} satisfies ReviewMessages;
