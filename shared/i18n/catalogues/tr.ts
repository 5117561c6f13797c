import { formatNumber } from '../format.ts';
import type { Messages } from './de.ts';

const n = (value: number) => formatNumber('tr', value);

/** Turkish. Nouns stay singular after numbers, so no plural forms are needed. */
export const tr = {
  quote: (text: string) => `“${text}”`,
  siteName: 'Mitwirken',
  chrome: {
    skipLink: 'Ana içeriğe geç',
    languageSwitcher: 'Dil seçin',
    required: 'zorunlu',
    optional: 'isteğe bağlı',
    submit: 'Yanıtları gönder',
    sendCopy: 'Yanıtlarımın bir kopyasını bu e-posta adresine gönder',
    honeypot: 'Bu alanı boş bırakın',
    pleaseChoose: 'Lütfen seçin',
    agree: 'Evet, kabul ediyorum',
    errorPrefix: 'Hata',
    errorSummaryTitle: 'Bir sorun var',
    resubmit: 'Yanıtlarınız henüz kaydedilmedi. Lütfen formu tekrar gönderin.',
    showIfHint: (p) => `Yalnızca “${p.question}” sorusuna ${p.answers} yanıtını verdiyseniz.`,
    backHome: 'Tüm katılım süreçlerine dön',
  },
  fieldErrors: {
    required: (p) => `“${p.label}” alanını doldurun.`,
    requiredChoice: (p) => `“${p.label}” için bir yanıt seçin.`,
    tooShort: (p) => `“${p.label}” en az ${n(p.min)} karakter olmalıdır.`,
    tooLong: (p) => `“${p.label}” en fazla ${n(p.max)} karakter olmalıdır.`,
    pattern: (p) => `“${p.label}” alanına girdiğiniz bilgiyi kontrol edin.`,
    email: (p) => `“${p.label}” alanına doğru biçimde bir e-posta adresi girin, örneğin ad@ornek.com.`,
    phone: (p) => `“${p.label}” alanına bir telefon numarası girin, örneğin 0511 123456 veya +49 511 123456.`,
    number: (p) => `“${p.label}” bir sayı olmalıdır.`,
    integer: (p) => `“${p.label}” bir tam sayı olmalıdır.`,
    min: (p) => `“${p.label}” en az ${n(p.min)} olmalıdır.`,
    max: (p) => `“${p.label}” en fazla ${n(p.max)} olmalıdır.`,
    date: (p) => `“${p.label}” geçerli bir tarih olmalıdır.`,
    dateMin: (p) => `“${p.label}” ${p.date} veya sonrasına ait bir tarih olmalıdır.`,
    dateMax: (p) => `“${p.label}” ${p.date} veya öncesine ait bir tarih olmalıdır.`,
    option: (p) => `“${p.label}” için verilen yanıtlardan birini seçin.`,
    minSelected: (p) => `“${p.label}” için en az ${n(p.min)} yanıt seçin.`,
    maxSelected: (p) => `“${p.label}” için en fazla ${n(p.max)} yanıt seçin.`,
    consent: (p) => `Yanıtlarınızı alabilmemiz için “${p.label}” kutusunu işaretleyin.`,
  },
  footer: {
    label: 'Yasal bilgiler ve iletişim',
    impressum: 'Künye',
    privacy: 'Veri koruma',
    accessibility: 'Erişilebilirlik',
    contact: 'İletişim',
  },
  home: {
    title: 'Güncel katılım süreçleri',
    intro: 'Burada görüşünüzü paylaşabilirsiniz. Bir katılım süreci seçin.',
    openUntil: (p) => `Son tarih: ${p.date}`,
    noneOpen: 'Şu anda açık bir katılım süreci yok. Lütfen daha sonra tekrar bakın.',
    endedTitle: 'Sona eren katılım süreçleri',
    endedOn: (p) => `${p.date} tarihinde sona erdi`,
    results: 'Sonuçları görün',
    liveResults: 'Şimdiye kadarki rakamları görün',
  },
  confirmation: {
    title: 'Katılımınız için teşekkür ederiz',
    reference: 'Referans numaranız',
    keepReference: 'Yanıtlarınızla ilgili bize yazarsanız lütfen bu numarayı belirtin.',
    copySentTo: (p) => `Yanıtlarınızın bir kopyasını ${p.email} adresine gönderiyoruz.`,
  },
  unavailable: {
    notYetOpenTitle: 'Bu katılım süreci henüz başlamadı',
    notYetOpen: (p) => `Başlangıç tarihi: ${p.date}. Bu tarihten itibaren katılabilirsiniz.`,
    closedTitle: 'Bu katılım süreci sona erdi',
    closed: (p) => `Bitiş tarihi: ${p.date}. Artık yanıt gönderilemez.`,
  },
  errorPages: {
    400: {
      title: 'İstek geçersiz',
      text: 'Tarayıcınız işleyemediğimiz veriler gönderdi. Lütfen sayfayı yeniden yükleyip tekrar deneyin.',
    },
    403: { title: 'Erişim engellendi', text: 'Bu sayfayı açma izniniz yok.' },
    404: {
      title: 'Sayfa bulunamadı',
      text: 'Lütfen adresi kontrol edin. Katılım süreci artık yayında olmayabilir.',
    },
    405: {
      title: 'Bu işlem mümkün değil',
      text: 'Bu sayfa bu şekilde açılamaz. Lütfen genel bakış sayfasından başlayın.',
    },
    413: {
      title: 'Yanıtlarınız çok uzun',
      text: 'Lütfen metinlerinizi kısaltın ve formu yeniden gönderin.',
    },
    415: {
      title: 'Form desteklenmeyen bir biçimde gönderildi',
      text: 'Lütfen sayfayı yeniden yükleyin ve formu tekrar gönderin.',
    },
    500: {
      title: 'Bir hata oluştu',
      text: 'İsteğinizi şu anda işleyemedik. Lütfen daha sonra tekrar deneyin.',
    },
  },
  participationCode: {
    label: 'Katılım kodunuz',
    hint: 'Kod mektubunuzda yazılıdır, örneğin K7QD-93MF-X2PA. Büyük-küçük harf, boşluk ve tireler önemli değildir. Her kod bir yanıt için geçerlidir.',
    errors: {
      missing: 'Mektubunuzdaki katılım kodunu girin.',
      malformed: 'Katılım kodu 12 karakterden oluşur, örneğin K7QD-93MF-X2PA. Girdiğiniz kodu kontrol edin.',
      unknown: 'Bu katılım kodunu tanımıyoruz. Kodu mektuptaki gibi tam olarak girdiğinizi kontrol edin.',
      used: 'Bu katılım koduyla zaten yanıt verildi. Her kod yalnızca bir kez kullanılabilir.',
      voided: 'Bu katılım kodu artık geçerli değil. Lütfen size mektubu gönderen birimle iletişime geçin.',
    },
  },
} satisfies Messages;
