import { formatNumber } from '../format.ts';
import type { ReviewMessages } from './de.ts';

const n = (value: number) => formatNumber('fa', value);

/** Persian: the approvers' review and decision pages. */
export const fa = {
  title: 'منتظر تصمیم شما هستیم',
  stage: (p) => `مرحله: ${p.stage}`,
  reference: 'شماره پیگیری',
  submittedAt: 'تاریخ دریافت',
  answersHeading: 'مشارکت',
  answersIn: (p) => `پاسخ‌ها به این زبان نوشته شده‌اند: ${p.language}.`,
  noAnswers: 'این مشارکت به جز اطلاعات شخصی پاسخی ندارد.',
  personalHidden: 'اطلاعات شخصی فرستنده در اینجا نشان داده نمی‌شود.',
  historyHeading: 'روند تا کنون',
  memberOf: (p) => `عضو مرحلهٔ «${p.stage}»`,
  submitter: 'فرستندهٔ مشارکت',
  system: 'خودکار',
  events: {
    submitted: 'ارسال شد',
    decided: 'تصمیم',
    advanced: 'به مرحلهٔ بعد فرستاده شد',
    returned: 'به مرحلهٔ قبلی بازگردانده شد',
    approved: 'پذیرفته شد',
    rejected: 'رد شد',
    sentBack: 'برای بازنگری بازگردانده شد',
    resubmitted: 'پس از بازنگری دوباره ارسال شد',
    reminded: 'یادآوری فرستاده شد',
  },
  choices: {
    approve: 'پذیرفتن',
    reject: 'رد کردن',
    sendBack: 'بازگرداندن به فرستنده برای بازنگری',
  },
  outcomes: { approve: 'پذیرفته شد', reject: 'رد شد', sendBack: 'برای بازنگری بازگردانده شد' },
  comment: 'توضیح',
  formHeading: 'تصمیم شما',
  decisionLegend: 'تصمیم شما چیست؟',
  commentHint: (p) => `برای رد کردن یا بازگرداندن، نوشتن توضیح لازم است. حداکثر ${n(p.max)} نویسه.`,
  finalNotice: 'تصمیم شما به محض ارسال ثبت می‌شود و بعداً قابل تغییر نیست.',
  submit: 'ارسال تصمیم',
  errors: {
    decision: 'تصمیم خود را انتخاب کنید.',
    commentRequired: 'یک توضیح بنویسید. برای رد کردن یا بازگرداندن لازم است.',
    commentTooLong: (p) => `توضیح نباید بیشتر از ${n(p.max)} نویسه باشد.`,
  },
  doneTitle: 'سپاسگزاریم، تصمیم شما ثبت شد',
  decidedTitle: 'شما قبلاً تصمیم گرفته‌اید',
  yourDecision: 'تصمیم شما',
  decidedAt: 'تاریخ تصمیم',
  nothingToDo: 'لازم نیست کار دیگری انجام دهید. همهٔ افراد مربوط را با ایمیل باخبر می‌کنیم.',
  closedTitle: 'این مرحله بسته شده است',
  closedText:
    'دربارهٔ این مشارکت در این مرحله تصمیم گرفته شده یا به مرحلهٔ دیگری رفته است. دیگر به تصمیم شما در اینجا نیازی نیست.',
  expiredTitle: 'اعتبار این پیوند تمام شده است',
  expiredText:
    'به دلایل امنیتی، پیوندهای تصمیم‌گیری فقط مدت محدودی معتبرند. این مشارکت هنوز منتظر تصمیم شماست.',
  renewButton: 'یک پیوند تازه به ایمیل من بفرستید',
  renewedTitle: 'یک پیوند تازه در راه است',
  renewedText:
    'یک پیوند تازه به همان نشانی ایمیلی می‌فرستیم که این پیوند به آن فرستاده شده بود. لطفاً مشارکت را با پیوند تازه باز کنید.',
  renewLimit: 'در هر ساعت حداکثر یک پیوند تازه می‌فرستیم.',
} satisfies ReviewMessages;
