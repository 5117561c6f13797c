import type { ConfirmMessages } from './de.ts';

/** Turkish: the email double opt-in. */
export const tr = {
  checkMailTitle: 'Lütfen cevabınızı onaylayın',
  checkMailText:
    'Size onay bağlantısı içeren bir e-posta gönderdik. Cevabınız ancak bağlantıyı açıp orada onayladığınızda sayılır.',
  checkMailValidity: (p) =>
    `Bağlantı ${p.hours} saat geçerlidir. Bu süreden sonra onaylanmamış cevabı sileriz.`,
  checkMailSpam: 'E-posta gelmedi mi? Lütfen istenmeyen (spam) klasörüne de bakın.',
  cappedTitle: 'Onay bağlantısı zaten gönderildi',
  cappedText:
    'Bu adrese zaten bir onay bağlantısı gönderdik. Lütfen gelen kutunuza, spam klasörü dahil, bakın. Yeni bir e-postayı ancak daha sonra göndereceğiz.',
  confirmTitle: 'Cevabı onaylayın',
  confirmText: 'Lütfen cevabınızı düğmeyle onaylayın. Cevabınız ancak o zaman sayılır.',
  confirmButton: 'Cevabı onayla',
  confirmedTitle: 'Cevabınız onaylandı',
  confirmedText: 'Teşekkürler. Cevabınız onaylandı ve sayılacak.',
  refusedTitle: 'Zaten katıldınız',
  refusedText:
    'Bu e-posta adresiyle zaten bir cevap onaylandı. Herkes yalnızca bir kez katılabilir. İlk cevabınız geçerli kalır.',
  expiredTitle: 'Bağlantının süresi doldu',
  expiredText:
    'Bu onay bağlantısı artık geçerli değil ve onaylanmamış cevap silindi. Lütfen formu yeniden doldurun.',
  closedText: 'Katılım bu arada sona erdi. Cevabınız artık onaylanamaz.',
  toForm: 'Forma git',
  reference: 'Başvuru numarası',
  mailSubject: (p) => `Lütfen cevabınızı onaylayın: ${p.title}`,
  mailIntro: (p) =>
    `„${p.title}“ katılımına katıldınız. Cevabınız ancak bu bağlantıyla onayladığınızda sayılır.`,
  mailButton: 'Cevabı onayla',
  mailValidUntil: (p) => `Bağlantı ${p.date} tarihine kadar geçerlidir.`,
  mailIgnore:
    'Katılmadınız mı? O zaman bu e-postayı dikkate almayın. Onay olmadan hiçbir şey sayılmaz ve bilgiler silinir.',
  mailAutomatic: 'Bu e-posta, bu adres bir forma girildiği için otomatik olarak gönderildi.',
} satisfies ConfirmMessages;
