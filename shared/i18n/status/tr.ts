import type { StatusMessages } from './de.ts';

/** Turkish: the submitter's status and resubmission pages. */
export const tr = {
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
} satisfies StatusMessages;
