import { formatNumber, plural } from '../format.ts';
import type { Messages } from './de.ts';

const n = (value: number) => formatNumber('ar', value);
/** Keeps a left-to-right example (a phone number starting with "+") intact inside right-to-left text. */
const ltr = (text: string) => `\u2066${text}\u2069`;
// Arabic counted nouns: one and two are words of their own, 3–10 take the plural, 11+ the singular.
const answers = (count: number) =>
  plural('ar', count, {
    one: 'إجابة واحدة',
    two: 'إجابتين',
    few: `${n(count)} إجابات`,
    other: `${n(count)} إجابة`,
  });

/** Arabic (Modern Standard Arabic), written right to left. */
export const ar = {
  quote: (text: string) => `«${text}»`,
  siteName: 'Mitwirken',
  chrome: {
    skipLink: 'انتقل إلى المحتوى الرئيسي',
    languageSwitcher: 'اختر اللغة',
    required: 'إلزامي',
    optional: 'اختياري',
    submit: 'إرسال الإجابات',
    sendCopy: 'أرسل لي نسخة من إجاباتي إلى عنوان البريد الإلكتروني هذا',
    honeypot: 'اترك هذا الحقل فارغًا',
    pleaseChoose: 'يُرجى الاختيار',
    agree: 'نعم، أوافق',
    errorPrefix: 'خطأ',
    errorSummaryTitle: 'توجد مشكلة',
    resubmit: 'لم يتم حفظ إجاباتك بعد. يُرجى إرسال النموذج مرة أخرى.',
    showIfHint: (p) => `فقط إذا كانت إجابتك على «${p.question}» هي ${p.answers}.`,
    backHome: 'العودة إلى قائمة المشاورات',
  },
  fieldErrors: {
    required: (p) => `يُرجى تعبئة حقل «${p.label}».`,
    requiredChoice: (p) => `يُرجى اختيار إجابة في «${p.label}».`,
    tooShort: (p) => `يجب ألا يقل عدد الأحرف في «${p.label}» عن ${n(p.min)}.`,
    tooLong: (p) => `يجب ألا يزيد عدد الأحرف في «${p.label}» عن ${n(p.max)}.`,
    pattern: (p) => `يُرجى التحقق مما أدخلته في «${p.label}».`,
    email: (p) => `أدخل في «${p.label}» عنوان بريد إلكتروني بالصيغة الصحيحة، مثل ${ltr('name@example.com')}.`,
    phone: (p) => `أدخل في «${p.label}» رقم هاتف، مثل ${ltr('0511 123456')} أو ${ltr('+49 511 123456')}.`,
    number: (p) => `يجب أن يكون «${p.label}» رقمًا.`,
    integer: (p) => `يجب أن يكون «${p.label}» عددًا صحيحًا.`,
    min: (p) => `يجب أن يكون «${p.label}» ${n(p.min)} أو أكثر.`,
    max: (p) => `يجب أن يكون «${p.label}» ${n(p.max)} أو أقل.`,
    date: (p) => `يجب أن يكون «${p.label}» تاريخًا صحيحًا.`,
    dateMin: (p) => `يجب أن يكون التاريخ في «${p.label}» هو ${p.date} أو بعده.`,
    dateMax: (p) => `يجب أن يكون التاريخ في «${p.label}» هو ${p.date} أو قبله.`,
    option: (p) => `اختر إحدى الإجابات المعروضة في «${p.label}».`,
    minSelected: (p) => `اختر ${answers(p.min)} على الأقل في «${p.label}».`,
    maxSelected: (p) => `اختر ${answers(p.max)} كحد أقصى في «${p.label}».`,
    consent: (p) => `يُرجى تأكيد «${p.label}» حتى نتمكن من قبول إجاباتك.`,
  },
  footer: {
    label: 'معلومات قانونية وتواصل',
    impressum: 'بيانات الناشر',
    privacy: 'حماية البيانات',
    accessibility: 'إمكانية الوصول',
    contact: 'التواصل',
  },
  home: {
    title: 'المشاورات الحالية',
    intro: 'هنا يمكنك إبداء رأيك. اختر إحدى المشاورات.',
    openUntil: (p) => `مفتوحة حتى ${p.date}`,
    noneOpen: 'لا توجد مشاورات مفتوحة حاليًا. يُرجى العودة لاحقًا.',
    endedTitle: 'مشاركات منتهية',
    endedOn: (p) => `انتهت في ${p.date}`,
    results: 'عرض النتائج',
    liveResults: 'عرض الأرقام حتى الآن',
  },
  confirmation: {
    title: 'شكرًا لمشاركتك',
    reference: 'رقمك المرجعي',
    keepReference: 'يُرجى ذكر هذا الرقم إذا راسلتنا بخصوص إجاباتك.',
    copySentTo: (p) => `سنرسل نسخة من إجاباتك إلى ${ltr(p.email)}.`,
  },
  unavailable: {
    notYetOpenTitle: 'لم تبدأ هذه المشاورة بعد',
    notYetOpen: (p) => `يمكنك المشاركة ابتداءً من ${p.date}.`,
    closedTitle: 'انتهت هذه المشاورة',
    closed: (p) => `انتهت المشاورة في ${p.date}. لم يعد من الممكن إرسال إجابات.`,
  },
  errorPages: {
    400: {
      title: 'الطلب غير صالح',
      text: 'أرسل متصفحك بيانات لا يمكننا معالجتها. يُرجى إعادة تحميل الصفحة والمحاولة مرة أخرى.',
    },
    403: { title: 'الوصول مرفوض', text: 'لا يُسمح لك بفتح هذه الصفحة.' },
    404: {
      title: 'الصفحة غير موجودة',
      text: 'يُرجى التحقق من العنوان. ربما لم تعد المشاورة متاحة على الإنترنت.',
    },
    405: {
      title: 'هذا الإجراء غير ممكن',
      text: 'لا يمكن فتح هذه الصفحة بهذه الطريقة. يُرجى البدء من الصفحة الرئيسية.',
    },
    413: {
      title: 'إجاباتك طويلة جدًا',
      text: 'يُرجى اختصار نصوصك وإرسال النموذج مرة أخرى.',
    },
    415: {
      title: 'أُرسل النموذج بصيغة غير مدعومة',
      text: 'يُرجى إعادة تحميل الصفحة وإرسال النموذج مرة أخرى.',
    },
    500: {
      title: 'عذرًا، حدث خطأ',
      text: 'لم نتمكن من معالجة طلبك الآن. يُرجى المحاولة مرة أخرى لاحقًا.',
    },
  },
  participationCode: {
    label: 'رمز المشاركة الخاص بك',
    hint: 'الرمز مطبوع في رسالتك، مثلاً K7QD-93MF-X2PA. لا يهم حجم الأحرف ولا المسافات ولا الشرطات. كل رمز صالح لإجابة واحدة.',
    errors: {
      missing: 'أدخل رمز المشاركة الموجود في رسالتك.',
      malformed: 'يتكون رمز المشاركة من 12 حرفاً، مثلاً K7QD-93MF-X2PA. تحقق مما أدخلته.',
      unknown: 'لا نعرف رمز المشاركة هذا. تحقق من أنك أدخلته تماماً كما في رسالتك.',
      used: 'تم استخدام رمز المشاركة هذا للإجابة من قبل. يمكن استخدام كل رمز مرة واحدة فقط.',
      voided: 'رمز المشاركة هذا لم يعد صالحاً. يرجى التواصل مع الجهة التي أرسلت إليك الرسالة.',
    },
  },
} satisfies Messages;
