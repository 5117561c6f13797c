import type { WorkflowEmailMessages } from './de.ts';

/** Turkish: the approval workflow emails. */
export const tr = {
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
  contactChanged: {
    subject: (p) => `İletişim adresi değiştirildi: ${p.title} (işlem numarası ${p.reference})`,
    body: (p) =>
      `“${p.title}” için gönderdiğiniz katkının e-posta adresi düzenleme sırasında değiştirildi. Bu katkıyla ilgili mesajlar artık yeni adrese gidecek.`,
    notYou:
      'Bu değişikliği siz yapmadıysanız lütfen aşağıda belirtilen iletişim birimine başvurun ve işlem numarasını belirtin.',
  },
  outcome: {
    approvedSubject: (p) => `Sonuç: kabul edildi – ${p.title} (${p.reference})`,
    rejectedSubject: (p) => `Sonuç: reddedildi – ${p.title} (${p.reference})`,
    approved: (p) =>
      `“${p.title}” için ${p.reference} numaralı katkı kabul edildi. Son karar “${p.stage}” aşamasında verildi.`,
    rejected: (p) => `“${p.title}” için ${p.reference} numaralı katkı “${p.stage}” aşamasında reddedildi.`,
  },
  erased: {
    subject: (p) => `Kişisel veriler silindi: ${p.title} (${p.reference})`,
    body: (p) =>
      `gönderen kişinin talebi üzerine “${p.title}” için yapılan ${p.reference} numaralı katkının kişisel verileri ${p.at} tarihinde silindi. Diğer yanıtlar, sayımlar ve kararların geçmişi kalır; kişiye artık e-posta gönderilmez.`,
    copies:
      'Lütfen platform dışındaki kopyaları da silin, örneğin iletilen e-postaları veya kişisel bilgiler içeren dışa aktarımları (GVKT Madde 17 ve 19).',
  },
  automaticApprover:
    'Bu e-postayı, bu katılım sürecinde karar veren kişi olarak kayıtlı olduğunuz için alıyorsunuz.',
  automaticSubmitter: 'Bu e-posta, bir katkı gönderdiğiniz için otomatik olarak gönderildi.',
  automaticDepartment:
    'Bu e-posta, bu katılım sürecinin iletişim adresi olduğunuz için otomatik olarak gönderildi.',
} satisfies WorkflowEmailMessages;
