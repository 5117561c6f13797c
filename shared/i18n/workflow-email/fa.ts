import type { WorkflowEmailMessages } from './de.ts';

/** Persian: the approval workflow emails. */
export const fa = {
  greetingName: (p) => `سلام ${p.name}،`,
  submissionTitle: 'پیشنهاد',
  decideButton: 'دیدن پیشنهاد و تصمیم‌گیری',
  linkValidUntil: (p) => `این پیوند تا ${p.date} معتبر است.`,
  linkChangesNothing:
    'باز کردن پیوند چیزی را تغییر نمی‌دهد. تصمیم شما تنها زمانی ثبت می‌شود که یکی از دکمه‌های صفحه را بزنید.',
  statusButton: 'دیدن وضعیت پیشنهاد شما',
  reviseButton: 'ویرایش پیشنهاد',
  commentLabel: 'توضیح',
  reasonLabel: 'دلیل',
  approvalRequested: {
    subject: (p) => `تصمیم شما لازم است: ${p.title} (${p.reference})، ${p.stage}`,
    intro: (p) => `پیشنهادی دربارهٔ «${p.title}» در مرحلهٔ «${p.stage}» منتظر تصمیم شماست.`,
    returnedFrom: (p) => `مرحلهٔ «${p.stage}» این پیشنهاد را رد کرد و برای تصمیم دوباره به شما بازگرداند.`,
  },
  reminder: {
    subject: (p) => `یادآوری: ${p.title} (${p.reference}) منتظر تصمیم شماست، ${p.stage}`,
    intro: (p) => `پیشنهادی دربارهٔ «${p.title}» از ${p.since} در مرحلهٔ «${p.stage}» منتظر تصمیم شماست.`,
  },
  received: {
    subject: (p) => `دریافت شد: ${p.title} (شمارهٔ پیگیری ${p.reference})`,
    body: (p) =>
      `پیشنهاد شما دربارهٔ «${p.title}» را دریافت کردیم. اکنون مرحلهٔ «${p.stage}» دربارهٔ آن تصمیم می‌گیرد. در هر گام بعدی به شما خبر می‌دهیم.`,
  },
  advanced: {
    subject: (p) => `مرحلهٔ بعد: ${p.title} (شمارهٔ پیگیری ${p.reference})`,
    body: (p) => `پیشنهاد شما دربارهٔ «${p.title}» پذیرفته شد و به مرحلهٔ بعد رفت: «${p.stage}».`,
  },
  returned: {
    subject: (p) => `تصمیم دوباره: ${p.title} (شمارهٔ پیگیری ${p.reference})`,
    body: (p) =>
      `پیشنهاد شما دربارهٔ «${p.title}» در مرحلهٔ بعدی رد شد و به مرحلهٔ «${p.stage}» بازگشت تا دوباره دربارهٔ آن تصمیم بگیرد.`,
  },
  approved: {
    subject: (p) => `پذیرفته شد: ${p.title} (شمارهٔ پیگیری ${p.reference})`,
    body: (p) => `پیشنهاد شما دربارهٔ «${p.title}» در همهٔ مرحله‌ها پذیرفته شد.`,
  },
  rejected: {
    subject: (p) => `رد شد: ${p.title} (شمارهٔ پیگیری ${p.reference})`,
    body: (p) => `پیشنهاد شما دربارهٔ «${p.title}» در مرحلهٔ «${p.stage}» رد شد.`,
  },
  sentBack: {
    subject: (p) => `لطفاً ویرایش کنید: ${p.title} (شمارهٔ پیگیری ${p.reference})`,
    body: (p) =>
      `مرحلهٔ «${p.stage}» پیشنهاد شما دربارهٔ «${p.title}» را برای ویرایش به شما بازگرداند. پس از آن دوباره به همین مرحله می‌رود.`,
  },
  contactChanged: {
    subject: (p) => `نشانی تماس تغییر کرد: ${p.title} (شماره پرونده ${p.reference})`,
    body: (p) =>
      `نشانی ایمیل مشارکت شما در «${p.title}» هنگام بازنگری تغییر کرد. از این پس پیام‌های مربوط به این مشارکت به نشانی جدید فرستاده می‌شود.`,
    notYou:
      'اگر این تغییر را خودتان انجام نداده‌اید، لطفاً با واحد تماسی که در پایین آمده است تماس بگیرید و شماره پرونده را بگویید.',
  },
  outcome: {
    approvedSubject: (p) => `نتیجه: پذیرفته شد – ${p.title} (${p.reference})`,
    rejectedSubject: (p) => `نتیجه: رد شد – ${p.title} (${p.reference})`,
    approved: (p) =>
      `پیشنهاد ${p.reference} دربارهٔ «${p.title}» پذیرفته شد. آخرین تصمیم در مرحلهٔ «${p.stage}» گرفته شد.`,
    rejected: (p) => `پیشنهاد ${p.reference} دربارهٔ «${p.title}» در مرحلهٔ «${p.stage}» رد شد.`,
  },
  erased: {
    subject: (p) => `داده‌های شخصی حذف شد: ${p.title} (${p.reference})`,
    body: (p) =>
      `بنا به درخواست فرستنده، داده‌های شخصی مشارکت ${p.reference} در «${p.title}» در ${p.at} حذف شد. پاسخ‌های دیگر، شمارش‌ها و سابقهٔ تصمیم‌ها باقی می‌مانند؛ این شخص دیگر ایمیلی دریافت نمی‌کند.`,
    copies:
      'لطفاً نسخه‌های بیرون از سامانه را هم حذف کنید، مثلاً ایمیل‌های بازارسال‌شده یا خروجی‌هایی که داده‌های شخصی دارند (مواد ۱۷ و ۱۹ مقررات عمومی حفاظت از داده‌ها).',
  },
  automaticApprover: 'این ایمیل را دریافت می‌کنید، زیرا در این نظرخواهی به‌عنوان تصمیم‌گیرنده ثبت شده‌اید.',
  automaticSubmitter: 'این ایمیل به‌طور خودکار فرستاده شده است، زیرا شما پیشنهادی فرستاده‌اید.',
  automaticDepartment: 'این ایمیل به‌طور خودکار فرستاده شده است، زیرا شما نشانی تماس این نظرخواهی هستید.',
} satisfies WorkflowEmailMessages;
