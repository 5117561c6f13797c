import { formatNumber } from '../format.ts';
import type { Messages } from './de.ts';

const n = (value: number) => formatNumber('fa', value);
/** Keeps a left-to-right example (a phone number starting with "+") intact inside right-to-left text. */
const ltr = (text: string) => `\u2066${text}\u2069`;

/** Persian (Farsi), written right to left. Nouns stay singular after numbers. */
export const fa = {
  quote: (text: string) => `«${text}»`,
  siteName: 'Mitwirken',
  chrome: {
    skipLink: 'رفتن به محتوای اصلی',
    languageSwitcher: 'انتخاب زبان',
    required: 'الزامی',
    optional: 'اختیاری',
    submit: 'ارسال پاسخ‌ها',
    sendCopy: 'یک نسخه از پاسخ‌هایم را به این نشانی ایمیل بفرست',
    honeypot: 'این فیلد را خالی بگذارید',
    pleaseChoose: 'لطفاً انتخاب کنید',
    agree: 'بله، موافقم',
    errorPrefix: 'خطا',
    errorSummaryTitle: 'مشکلی وجود دارد',
    resubmit: 'پاسخ‌های شما هنوز ذخیره نشده است. لطفاً فرم را دوباره بفرستید.',
    showIfHint: (p) => `فقط اگر به «${p.question}» پاسخ ${p.answers} داده‌اید.`,
    backHome: 'بازگشت به فهرست نظرخواهی‌ها',
  },
  fieldErrors: {
    required: (p) => `لطفاً «${p.label}» را پر کنید.`,
    requiredChoice: (p) => `لطفاً برای «${p.label}» یک پاسخ انتخاب کنید.`,
    tooShort: (p) => `«${p.label}» باید دست‌کم ${n(p.min)} نویسه باشد.`,
    tooLong: (p) => `«${p.label}» باید حداکثر ${n(p.max)} نویسه باشد.`,
    pattern: (p) => `لطفاً آنچه را در «${p.label}» وارد کرده‌اید بررسی کنید.`,
    email: (p) => `در «${p.label}» یک نشانی ایمیل با قالب درست وارد کنید، مانند ${ltr('name@example.com')}.`,
    phone: (p) =>
      `در «${p.label}» یک شماره تلفن وارد کنید، مانند ${ltr('0511 123456')} یا ${ltr('+49 511 123456')}.`,
    number: (p) => `«${p.label}» باید یک عدد باشد.`,
    integer: (p) => `«${p.label}» باید یک عدد صحیح باشد.`,
    min: (p) => `«${p.label}» باید ${n(p.min)} یا بیشتر باشد.`,
    max: (p) => `«${p.label}» باید ${n(p.max)} یا کمتر باشد.`,
    date: (p) => `«${p.label}» باید یک تاریخ معتبر باشد.`,
    dateMin: (p) => `تاریخ «${p.label}» نباید پیش از ${p.date} باشد.`,
    dateMax: (p) => `تاریخ «${p.label}» نباید پس از ${p.date} باشد.`,
    option: (p) => `برای «${p.label}» یکی از پاسخ‌های پیشنهادی را انتخاب کنید.`,
    minSelected: (p) => `برای «${p.label}» دست‌کم ${n(p.min)} پاسخ انتخاب کنید.`,
    maxSelected: (p) => `برای «${p.label}» حداکثر ${n(p.max)} پاسخ انتخاب کنید.`,
    consent: (p) => `لطفاً «${p.label}» را تأیید کنید تا بتوانیم پاسخ‌های شما را بپذیریم.`,
  },
  footer: {
    label: 'اطلاعات حقوقی و تماس',
    impressum: 'شناسنامهٔ ناشر',
    privacy: 'حفاظت از داده‌ها',
    accessibility: 'دسترس‌پذیری',
    contact: 'تماس',
  },
  home: {
    title: 'نظرخواهی‌های جاری',
    intro: 'اینجا می‌توانید نظر خود را بگویید. یک نظرخواهی را انتخاب کنید.',
    openUntil: (p) => `باز تا ${p.date}`,
    noneOpen: 'در حال حاضر هیچ نظرخواهی بازی وجود ندارد. لطفاً بعداً دوباره سر بزنید.',
    endedTitle: 'نظرخواهی‌های پایان‌یافته',
    endedOn: (p) => `پایان‌یافته در ${p.date}`,
    results: 'دیدن نتایج',
    liveResults: 'دیدن ارقام تا این لحظه',
  },
  confirmation: {
    title: 'از مشارکت شما سپاسگزاریم',
    reference: 'شمارهٔ پیگیری شما',
    keepReference: 'اگر دربارهٔ پاسخ‌هایتان به ما نامه می‌نویسید، لطفاً این شماره را ذکر کنید.',
    copySentTo: (p) => `یک نسخه از پاسخ‌های شما را به ${ltr(p.email)} می‌فرستیم.`,
  },
  unavailable: {
    notYetOpenTitle: 'این نظرخواهی هنوز شروع نشده است',
    notYetOpen: (p) => `از ${p.date} می‌توانید شرکت کنید.`,
    closedTitle: 'این نظرخواهی به پایان رسیده است',
    closed: (p) => `این نظرخواهی در ${p.date} به پایان رسید. دیگر امکان ارسال پاسخ وجود ندارد.`,
  },
  errorPages: {
    400: {
      title: 'درخواست نامعتبر است',
      text: 'مرورگر شما داده‌هایی فرستاده است که نمی‌توانیم پردازش کنیم. لطفاً صفحه را دوباره بارگذاری کنید و دوباره تلاش کنید.',
    },
    403: { title: 'دسترسی مجاز نیست', text: 'شما اجازهٔ باز کردن این صفحه را ندارید.' },
    404: {
      title: 'صفحه پیدا نشد',
      text: 'لطفاً نشانی را بررسی کنید. شاید این نظرخواهی دیگر در دسترس نباشد.',
    },
    405: {
      title: 'این کار ممکن نیست',
      text: 'این صفحه را نمی‌توان به این شکل باز کرد. لطفاً از صفحهٔ اصلی شروع کنید.',
    },
    413: {
      title: 'پاسخ‌های شما بیش از حد طولانی است',
      text: 'لطفاً متن‌های خود را کوتاه‌تر کنید و فرم را دوباره بفرستید.',
    },
    415: {
      title: 'فرم با قالبی پشتیبانی‌نشده فرستاده شد',
      text: 'لطفاً صفحه را دوباره بارگذاری کنید و فرم را دوباره بفرستید.',
    },
    500: {
      title: 'متأسفیم، خطایی رخ داد',
      text: 'در حال حاضر نتوانستیم درخواست شما را پردازش کنیم. لطفاً بعداً دوباره تلاش کنید.',
    },
  },
} satisfies Messages;
