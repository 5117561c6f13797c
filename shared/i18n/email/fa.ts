import type { EmailMessages } from './de.ts';

/** Keeps a left-to-right example (a phone number starting with "+") intact inside right-to-left text. */
const ltr = (text: string) => `\u2066${text}\u2069`;

/** Persian: the confirmation copy and the parts every email shares. */
export const fa = {
  subject: (p) => `پاسخ‌های شما: ${p.title} (شمارهٔ پیگیری ${p.reference})`,
  greeting: 'سلام،',
  intro: (p) => `از شرکت شما در «${p.title}» سپاسگزاریم. نسخه‌ای از پاسخ‌های شما در ادامه آمده است.`,
  unverifiedNote:
    'نشانی ایمیل شما تأیید نشده است؛ به همین دلیل این رونوشت فقط گزینه‌هایی را که انتخاب کرده‌اید دارد، نه متن‌هایی را که خودتان نوشته‌اید.',
  yourAnswers: 'پاسخ‌های شما',
  reference: 'شمارهٔ پیگیری',
  yes: 'بله',
  contact: (p) => `اگر پرسشی دارید، لطفاً با ${p.name} تماس بگیرید: ${ltr(p.email)}`,
  automatic:
    'این ایمیل به‌طور خودکار فرستاده شده است، زیرا شما در فرم نسخه‌ای از پاسخ‌هایتان را درخواست کرده بودید.',
} satisfies EmailMessages;
