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
  home: {
    title: 'Güncel katılım süreçleri',
    intro: 'Burada görüşünüzü paylaşabilirsiniz. Bir katılım süreci seçin.',
    openUntil: (p) => `Son tarih: ${p.date}`,
    noneOpen: 'Şu anda açık bir katılım süreci yok. Lütfen daha sonra tekrar bakın.',
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
  status: {
    title: 'Katkınızın durumu',
    reference: 'Dosya numarası',
    submittedAt: 'Gönderildiği tarih',
    currentState: 'Güncel durum',
    received: 'Katkınız alındı.',
    inStage: (p) => `Katkınız ${p.since} tarihinden beri karar için “${p.stage}” aşamasında.`,
    backInStage: (p) =>
      `Düzenlenmiş katkınız ${p.since} tarihinden beri karar için yeniden “${p.stage}” aşamasında.`,
    sentBack: (p) => `“${p.stage}” aşaması katkınızı ${p.at} tarihinde düzenlemeniz için size geri gönderdi.`,
    approved: (p) => `Katkınız ${p.at} tarihinde kabul edildi.`,
    rejected: (p) => `Katkınız ${p.at} tarihinde “${p.stage}” aşamasında reddedildi.`,
    sentBackTitle: 'Lütfen katkınızı düzenleyin',
    sentBackBy: (p) => `“${p.stage}” aşamasının notu:`,
    resubmitRule: (p) =>
      `Düzenlenmiş katkınızı gönderdiğinizde, katkınız “${p.stage}” aşamasına geri gider. Bu aşama katkının tamamı hakkında yeniden karar verir; önceki onaylar artık geçerli olmaz.`,
    reviseTitle: 'Düzenlenecek katkınız',
    resubmit: 'Düzenlenmiş katkıyı gönder',
    timelineTitle: 'Geçmiş',
    event: {
      submitted: 'Katkı gönderildi',
      approve: (p) => `“${p.stage}” aşamasından bir üye onayladı.`,
      reject: (p) => `“${p.stage}” aşamasından bir üye reddetti.`,
      sendBack: (p) => `“${p.stage}” aşamasından bir üye düzenleme istedi.`,
      advanced: (p) => `“${p.stage}” aşamasına iletildi.`,
      returned: (p) => `Yeniden karar vermesi için “${p.stage}” aşamasına geri gönderildi.`,
      approved: 'Katkı kabul edildi.',
      rejected: (p) => `Katkı “${p.stage}” aşamasında reddedildi.`,
      sentBack: 'Düzenlemeniz için size geri gönderildi.',
      resubmitted: (p) => `Düzenlenmiş katkı gönderildi. Yeniden “${p.stage}” aşamasında.`,
    },
    commentLabel: 'Yorum',
    privateLink: 'Bu sayfa yalnızca size özel bağlantı ile açılır. Lütfen bağlantıyı kimseyle paylaşmayın.',
    expiredTitle: 'Bu bağlantının süresi doldu',
    expiredText:
      'Güvenliğiniz için katkınıza giden bağlantı yalnızca sınırlı bir süre geçerlidir. Otomatik olarak yeni bir bağlantı gönderemiyoruz.',
    contact: (p) => `Katkınızın durumunu öğrenmek için lütfen şu adrese başvurun: ${p.name}: ${p.email}`,
    notSentBackTitle: 'Katkınız düzenleme beklemiyor',
    notSentBack:
      'Belki de katkınızı zaten yeniden gönderdiniz. Katkınızın sayfasında güncel durumu görebilirsiniz.',
    finalTitle: 'Katkınız hakkında karar zaten verildi',
    final: 'Katkınız artık değiştirilemez. Sonucu katkınızın sayfasında görebilirsiniz.',
    staleTitle: 'Katkınız bu arada değişti',
    stale:
      'Değişiklikleriniz kaydedilmedi. Lütfen katkınızın sayfasını yeniden yükleyin ve güncel durumu kontrol edin.',
    backToStatus: 'Katkınızın sayfasına',
    confirmationLink: 'Katkınızın durumunu size özel bağlantı ile her zaman takip edebilirsiniz:',
    linkValidUntil: (p) => `Bağlantı ${p.date} tarihine kadar geçerlidir.`,
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
  email: {
    subject: (p) => `Yanıtlarınız: ${p.title} (referans ${p.reference})`,
    greeting: 'Merhaba,',
    intro: (p) =>
      `“${p.title}” katılım sürecine katıldığınız için teşekkür ederiz. Yanıtlarınızın bir kopyası aşağıdadır.`,
    yourAnswers: 'Yanıtlarınız',
    reference: 'Referans numarası',
    yes: 'Evet',
    contact: (p) => `Sorularınız için lütfen şu adrese yazın: ${p.name}, ${p.email}`,
    automatic: 'Bu e-posta, formda yanıtlarınızın bir kopyasını istediğiniz için otomatik olarak gönderildi.',
  },
  review: {
    title: 'Kararınız bekleniyor',
    stage: (p) => `Aşama: ${p.stage}`,
    reference: 'Başvuru numarası',
    submittedAt: 'Alındığı tarih',
    answersHeading: 'Katkı',
    answersIn: (p) => `Yanıtlar şu dilde yazılmıştır: ${p.language}.`,
    noAnswers: 'Katkıda kişisel bilgiler dışında yanıt yok.',
    personalHidden: 'Katkıyı gönderen kişinin kişisel bilgileri burada gösterilmez.',
    historyHeading: 'Şimdiye kadarki süreç',
    memberOf: (p) => `“${p.stage}” aşamasının üyesi`,
    submitter: 'Katkıyı gönderen kişi',
    system: 'Otomatik',
    events: {
      submitted: 'Gönderildi',
      decided: 'Karar',
      advanced: 'Bir sonraki aşamaya iletildi',
      returned: 'Önceki bir aşamaya geri verildi',
      approved: 'Kabul edildi',
      rejected: 'Reddedildi',
      sentBack: 'Düzeltilmesi için geri gönderildi',
      resubmitted: 'Düzeltilerek yeniden gönderildi',
      reminded: 'Hatırlatma gönderildi',
    },
    choices: {
      approve: 'Kabul et',
      reject: 'Reddet',
      sendBack: 'Düzeltilmesi için gönderen kişiye geri gönder',
    },
    outcomes: {
      approve: 'Kabul edildi',
      reject: 'Reddedildi',
      sendBack: 'Düzeltilmesi için geri gönderildi',
    },
    comment: 'Yorum',
    formHeading: 'Kararınız',
    decisionLegend: 'Kararınız nedir?',
    commentHint: (p) => `Reddetmek ve geri göndermek için yorum gereklidir. En fazla ${n(p.max)} karakter.`,
    finalNotice: 'Kararınız gönderdiğiniz anda geçerli olur. Sonradan değiştiremezsiniz.',
    submit: 'Kararı gönder',
    errors: {
      decision: 'Kararınızı seçin.',
      commentRequired: 'Bir yorum yazın. Reddetmek ve geri göndermek için gereklidir.',
      commentTooLong: (p) => `Yorum en fazla ${n(p.max)} karakter olabilir.`,
    },
    doneTitle: 'Teşekkürler, kararınız kaydedildi',
    decidedTitle: 'Zaten karar verdiniz',
    yourDecision: 'Kararınız',
    decidedAt: 'Karar tarihi',
    nothingToDo: 'Başka bir şey yapmanız gerekmiyor. İlgili herkesi e-posta ile bilgilendireceğiz.',
    closedTitle: 'Bu aşama kapandı',
    closedText:
      'Bu katkı hakkında bu aşamada karar verildi ya da katkı artık başka bir aşamada. Burada kararınıza artık gerek yok.',
    expiredTitle: 'Bu bağlantının süresi doldu',
    expiredText:
      'Güvenlik nedeniyle karar bağlantıları yalnızca sınırlı bir süre geçerlidir. Katkı hâlâ kararınızı bekliyor.',
    renewButton: 'E-posta adresime yeni bir bağlantı gönder',
    renewedTitle: 'Yeni bir bağlantı yolda',
    renewedText:
      'Bu bağlantının gönderildiği e-posta adresine yeni bir bağlantı gönderiyoruz. Lütfen katkıyı yeni bağlantıyla açın.',
    renewLimit: 'Bir saat içinde en fazla bir yeni bağlantı göndeririz.',
  },
  workflowEmail: {
    greetingName: (p) => `Merhaba ${p.name},`,
    submissionTitle: 'Katkı',
    decideButton: 'Katkıyı görüntüle ve karar ver',
    linkValidUntil: (p) => `Bağlantı ${p.date} tarihine kadar geçerlidir.`,
    linkChangesNothing:
      'Bağlantıyı açmak hiçbir şeyi değiştirmez. Kararınız ancak sayfadaki düğmelerden birine bastığınızda geçerli olur.',
    statusButton: 'Katkınızın durumunu görüntüleyin',
    reviseButton: 'Katkınızı düzenleyin',
    commentLabel: 'Yorum',
    reasonLabel: 'Gerekçe',
    approvalRequested: {
      subject: (p) => `Kararınız bekleniyor: ${p.title} (${p.reference}), ${p.stage}`,
      intro: (p) => `“${p.title}” için bir katkı “${p.stage}” aşamasında kararınızı bekliyor.`,
      returnedFrom: (p) =>
        `“${p.stage}” aşaması katkıyı reddetti ve yeniden karar vermeniz için size geri gönderdi.`,
    },
    reminder: {
      subject: (p) => `Hatırlatma: ${p.title} (${p.reference}) kararınızı bekliyor, ${p.stage}`,
      intro: (p) =>
        `“${p.title}” için bir katkı ${p.since} tarihinden beri “${p.stage}” aşamasında kararınızı bekliyor.`,
    },
    received: {
      subject: (p) => `Alındı: ${p.title} (referans ${p.reference})`,
      body: (p) =>
        `“${p.title}” için katkınızı aldık. Katkınız şimdi karar için “${p.stage}” aşamasında. Her adımda size yazacağız.`,
    },
    advanced: {
      subject: (p) => `Sonraki aşama: ${p.title} (referans ${p.reference})`,
      body: (p) => `“${p.title}” için katkınız kabul edildi ve bir sonraki aşamaya iletildi: “${p.stage}”.`,
    },
    returned: {
      subject: (p) => `Yeniden karar verilecek: ${p.title} (referans ${p.reference})`,
      body: (p) =>
        `“${p.title}” için katkınız daha sonraki bir aşamada reddedildi ve “${p.stage}” aşamasına geri gönderildi. Bu aşama yeniden karar verecek.`,
    },
    approved: {
      subject: (p) => `Kabul edildi: ${p.title} (referans ${p.reference})`,
      body: (p) => `“${p.title}” için katkınız tüm aşamalarda kabul edildi.`,
    },
    rejected: {
      subject: (p) => `Reddedildi: ${p.title} (referans ${p.reference})`,
      body: (p) => `“${p.title}” için katkınız “${p.stage}” aşamasında reddedildi.`,
    },
    sentBack: {
      subject: (p) => `Lütfen düzenleyin: ${p.title} (referans ${p.reference})`,
      body: (p) =>
        `“${p.stage}” aşaması, “${p.title}” için katkınızı düzenlemeniz için size geri gönderdi. Ardından katkınız yeniden bu aşamaya gider.`,
    },
    outcome: {
      approvedSubject: (p) => `Sonuç: kabul edildi – ${p.title} (${p.reference})`,
      rejectedSubject: (p) => `Sonuç: reddedildi – ${p.title} (${p.reference})`,
      approved: (p) =>
        `“${p.title}” için ${p.reference} numaralı katkı kabul edildi. Son karar “${p.stage}” aşamasında verildi.`,
      rejected: (p) => `“${p.title}” için ${p.reference} numaralı katkı “${p.stage}” aşamasında reddedildi.`,
    },
    automaticApprover:
      'Bu e-postayı, bu katılım sürecinde karar veren kişi olarak kayıtlı olduğunuz için alıyorsunuz.',
    automaticSubmitter: 'Bu e-posta, bir katkı gönderdiğiniz için otomatik olarak gönderildi.',
    automaticDepartment:
      'Bu e-posta, bu katılım sürecinin iletişim adresi olduğunuz için otomatik olarak gönderildi.',
  },
} satisfies Messages;
