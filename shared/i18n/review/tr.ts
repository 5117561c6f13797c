import { formatNumber } from '../format.ts';
import type { ReviewMessages } from './de.ts';

const n = (value: number) => formatNumber('tr', value);

/** Turkish: the approvers' review and decision pages. */
export const tr = {
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
    erased: 'Kişisel veriler talep üzerine silindi',
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
  decisionRule: {
    heading: 'Bu aşama nasıl karar verir',
    needed: {
      any: (p) => `${n(p.approvers)} üyeden ${n(p.needed)} onay gerekli: tek bir onay yeterlidir.`,
      all: (p) => `${n(p.approvers)} üyeden ${n(p.needed)} onay gerekli: herkesin onaylaması gerekir.`,
      quorum: (p) => `${n(p.approvers)} üyeden ${n(p.needed)} onay gerekli.`,
      majority: (p) =>
        `${n(p.approvers)} üyeden ${n(p.needed)} onay gerekli: çoğunluk, yani yarıdan fazlası.`,
    },
    against: {
      any: (p) =>
        `Katkı ancak artık kimse onaylayamadığında reddedilir veya geri gönderilir: ${n(p.approvers)} üyenin tamamı aleyhte karar verdiğinde.`,
      all: (p) =>
        `Tek bir ret veya geri gönderme katkı aleyhine karar verir, çünkü o zaman ${n(p.approvers)} üyenin hepsi artık onaylayamaz.`,
      quorum: (p) => `${n(p.needed)} onaya artık ulaşılamadığı anda aşama katkı aleyhine karar vermiş olur.`,
      majority: (p) =>
        `${n(p.needed)} onaya artık ulaşılamadığı anda aşama katkı aleyhine karar vermiş olur. Oy eşitliği çoğunluk değildir.`,
    },
    split:
      'Aşama katkı aleyhine karar verdiğinde: ret sayısı geri gönderme sayısından fazlaysa katkı reddedilir. Aksi hâlde, eşitlikte de, düzeltilmesi için gönderen kişiye geri gönderilir.',
    returnsTo: (p) => `Bu aşamadaki bir ret, katkıyı “${p.stage}” aşamasına geri gönderir.`,
    tallyHeading: 'Bu turda şimdiye kadar verilen kararlar',
    tally: { approve: 'Onay', reject: 'Ret', sendBack: 'Geri gönderme', pending: 'Henüz karar verilmedi' },
    namesHeading: 'Kim nasıl karar verdi',
    pendingName: 'Henüz karar vermedi',
  },
  effect: {
    counted: {
      approve: 'Onayınız sayılır; henüz bir şey kararlaştırılmadı.',
      reject: 'Reddiniz sayılır; henüz bir şey kararlaştırılmadı.',
      sendBack: 'Geri göndermeniz sayılır; henüz bir şey kararlaştırılmadı.',
    },
    advanced: (p) => `Onayınızla bu aşama tamamlanır. Katkı “${p.stage}” aşamasına geçer.`,
    approved: 'Onayınızla son aşama tamamlanır. Katkı böylece kabul edilmiş olur.',
    rejected: {
      reject: 'Reddinizle katkı reddedilmiş olur.',
      sendBack:
        'Geri göndermenizle aşama katkı aleyhine karar vermiş olur. Ret sayısı geri gönderme sayısından fazla olduğu için katkı reddedilir.',
    },
    returned: {
      reject: (p) => `Reddinizle katkı “${p.stage}” aşamasına geri döner.`,
      sendBack: (p) =>
        `Geri göndermenizle aşama katkı aleyhine karar vermiş olur. Ret sayısı geri gönderme sayısından fazla olduğu için katkı “${p.stage}” aşamasına geri döner.`,
    },
    sentBack: {
      reject:
        'Reddinizle aşama katkı aleyhine karar vermiş olur. Ret sayısı geri gönderme sayısından fazla olmadığı için katkı, düzeltilmesi için gönderen kişiye geri gönderilir.',
      sendBack: 'Geri göndermenizle katkı, düzeltilmesi için gönderen kişiye geri gönderilir.',
    },
  },
} satisfies ReviewMessages;
