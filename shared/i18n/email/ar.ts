import type { EmailMessages } from './de.ts';

/** Keeps a left-to-right example (a phone number starting with "+") intact inside right-to-left text. */
const ltr = (text: string) => `\u2066${text}\u2069`;

/** Arabic: the confirmation copy and the parts every email shares. */
export const ar = {
  subject: (p) => `إجاباتك: ${p.title} (الرقم المرجعي ${p.reference})`,
  greeting: 'مرحبًا،',
  intro: (p) => `شكرًا لمشاركتك في «${p.title}». إليك نسخة من إجاباتك.`,
  unverifiedNote:
    'لم يتم تأكيد عنوان بريدك الإلكتروني، لذلك لا تحتوي هذه النسخة إلا على الخيارات التي اخترتها، ولا تحتوي على النصوص التي كتبتها بنفسك.',
  yourAnswers: 'إجاباتك',
  reference: 'الرقم المرجعي',
  yes: 'نعم',
  contact: (p) => `إذا كانت لديك أسئلة، يُرجى التواصل مع ${p.name}: ${ltr(p.email)}`,
  automatic: 'أُرسلت هذه الرسالة تلقائيًا لأنك طلبت في النموذج نسخة من إجاباتك.',
} satisfies EmailMessages;
