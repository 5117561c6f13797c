import type { StatusLinkMessages } from './de.ts';

/** Persian: the private status link. */
export const fa = {
  title: 'وضعیت مشارکت شما',
  confirmationLink: 'می‌توانید وضعیت مشارکت خود را هر زمان با پیوند شخصی‌تان دنبال کنید:',
  linkValidUntil: (p) => `این پیوند تا ${p.date} معتبر است.`,
  privateLink: 'این صفحه فقط با پیوند شخصی شما باز می‌شود. لطفاً پیوند را با کسی به اشتراک نگذارید.',
  shownOnce: 'این پیوند فقط همین حالا نمایش داده می‌شود. لطفاً آن را ذخیره کنید، مثلاً به صورت نشانک.',
  shownBefore: 'پیوند شخصی وضعیت مشارکت شما فقط یک بار، درست پس از ارسال، نمایش داده شد.',
  inConfirmationMail: 'آن را در ایمیل تأیید خود نیز پیدا می‌کنید.',
} satisfies StatusLinkMessages;
