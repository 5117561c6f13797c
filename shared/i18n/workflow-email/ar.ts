import type { WorkflowEmailMessages } from './de.ts';

/** Arabic: the approval workflow emails. */
export const ar = {
  greetingName: (p) => `مرحبًا ${p.name}،`,
  submissionTitle: 'المساهمة',
  decideButton: 'عرض المساهمة واتخاذ القرار',
  linkValidUntil: (p) => `الرابط صالح حتى ${p.date}.`,
  linkChangesNothing: 'فتح الرابط لا يغيّر شيئًا. لا يُحتسب قرارك إلا عندما تضغط على أحد الأزرار في الصفحة.',
  statusButton: 'عرض حالة مساهمتك',
  reviseButton: 'تعديل مساهمتك',
  commentLabel: 'تعليق',
  reasonLabel: 'السبب',
  approvalRequested: {
    subject: (p) => `مطلوب قرارك: ${p.title} (${p.reference})، ${p.stage}`,
    intro: (p) => `مساهمة في «${p.title}» بانتظار قرارك في مرحلة «${p.stage}».`,
    returnedFrom: (p) => `رفضت مرحلة «${p.stage}» المساهمة وأعادتها إليك لتقرر فيها من جديد.`,
  },
  reminder: {
    subject: (p) => `تذكير: ${p.title} (${p.reference}) بانتظار قرارك، ${p.stage}`,
    intro: (p) => `مساهمة في «${p.title}» بانتظار قرارك في مرحلة «${p.stage}» منذ ${p.since}.`,
  },
  received: {
    subject: (p) => `تم الاستلام: ${p.title} (الرقم المرجعي ${p.reference})`,
    body: (p) =>
      `لقد استلمنا مساهمتك في «${p.title}». وهي الآن لدى مرحلة «${p.stage}» لاتخاذ القرار. سنكتب إليك عند كل خطوة تالية.`,
  },
  advanced: {
    subject: (p) => `المرحلة التالية: ${p.title} (الرقم المرجعي ${p.reference})`,
    body: (p) => `تمت الموافقة على مساهمتك في «${p.title}» وأُحيلت إلى المرحلة التالية: «${p.stage}».`,
  },
  returned: {
    subject: (p) => `قرار جديد: ${p.title} (الرقم المرجعي ${p.reference})`,
    body: (p) =>
      `رُفضت مساهمتك في «${p.title}» في مرحلة لاحقة وأُعيدت إلى مرحلة «${p.stage}» التي ستقرر فيها من جديد.`,
  },
  approved: {
    subject: (p) => `تمت الموافقة: ${p.title} (الرقم المرجعي ${p.reference})`,
    body: (p) => `تمت الموافقة على مساهمتك في «${p.title}» في جميع المراحل.`,
  },
  rejected: {
    subject: (p) => `مرفوضة: ${p.title} (الرقم المرجعي ${p.reference})`,
    body: (p) => `رُفضت مساهمتك في «${p.title}» في مرحلة «${p.stage}».`,
  },
  sentBack: {
    subject: (p) => `يُرجى التعديل: ${p.title} (الرقم المرجعي ${p.reference})`,
    body: (p) =>
      `أعادت مرحلة «${p.stage}» مساهمتك في «${p.title}» إليك مع طلب تعديلها. بعد ذلك تعود إلى هذه المرحلة.`,
  },
  contactChanged: {
    subject: (p) => `تم تغيير عنوان التواصل: ${p.title} (الرقم المرجعي ${p.reference})`,
    body: (p) =>
      `تم تغيير عنوان البريد الإلكتروني الخاص بمساهمتك في „${p.title}“ عند تعديلها. ستُرسل الرسائل المتعلقة بهذه المساهمة من الآن إلى العنوان الجديد.`,
    notYou: 'إذا لم تكن أنت من قام بذلك، فيُرجى التواصل مع الجهة المذكورة أدناه مع ذكر الرقم المرجعي.',
  },
  outcome: {
    approvedSubject: (p) => `النتيجة: موافقة – ${p.title} (${p.reference})`,
    rejectedSubject: (p) => `النتيجة: رفض – ${p.title} (${p.reference})`,
    approved: (p) =>
      `تمت الموافقة على المساهمة ${p.reference} في «${p.title}». صدر القرار الأخير في مرحلة «${p.stage}».`,
    rejected: (p) => `رُفضت المساهمة ${p.reference} في «${p.title}» في مرحلة «${p.stage}».`,
  },
  erased: {
    subject: (p) => `حُذفت البيانات الشخصية: ${p.title} (${p.reference})`,
    body: (p) =>
      `بناءً على طلب صاحب المساهمة حُذفت في ${p.at} البيانات الشخصية للمساهمة ${p.reference} في «${p.title}». تبقى الإجابات الأخرى والأعداد وسجل القرارات، ولن تصل إلى هذا الشخص رسائل بعد الآن.`,
    copies:
      'يرجى أيضًا حذف النسخ الموجودة خارج المنصة، مثل الرسائل المعاد توجيهها أو الملفات المصدّرة التي تحتوي على بيانات شخصية (المادتان 17 و19 من اللائحة العامة لحماية البيانات).',
  },
  automaticApprover: 'تصلك هذه الرسالة لأنك مسجّل بصفتك صاحب قرار في هذه المشاركة.',
  automaticSubmitter: 'أُرسلت هذه الرسالة تلقائيًا لأنك قدّمت مساهمة.',
  automaticDepartment: 'أُرسلت هذه الرسالة تلقائيًا لأنك جهة الاتصال لهذه المشاركة.',
} satisfies WorkflowEmailMessages;
