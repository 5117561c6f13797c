import type { StatusLinkMessages } from './de.ts';

/** Arabic: the private status link. */
export const ar = {
  title: 'حالة مساهمتك',
  confirmationLink: 'يمكنك متابعة حالة مساهمتك في أي وقت عبر رابطك الشخصي:',
  linkValidUntil: (p) => `الرابط صالح حتى ${p.date}.`,
  privateLink: 'لا يمكن فتح هذه الصفحة إلا عبر رابطك الشخصي. يُرجى عدم مشاركة الرابط مع أحد.',
  shownOnce: 'يُعرض هذا الرابط الآن فقط. يُرجى حفظه، مثلاً كإشارة مرجعية.',
  shownBefore: 'عُرض الرابط الشخصي لحالة مساهمتك مرة واحدة فقط، بعد الإرسال مباشرة.',
  inConfirmationMail: 'ستجده أيضاً في رسالة التأكيد التي وصلتك بالبريد الإلكتروني.',
} satisfies StatusLinkMessages;
