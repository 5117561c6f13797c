import type { StatusLinkMessages } from './de.ts';

/** Turkish: the private status link. */
export const tr = {
  title: 'Katkınızın durumu',
  confirmationLink: 'Katkınızın durumunu size özel bağlantı ile her zaman takip edebilirsiniz:',
  linkValidUntil: (p) => `Bağlantı ${p.date} tarihine kadar geçerlidir.`,
  privateLink: 'Bu sayfa yalnızca size özel bağlantı ile açılır. Lütfen bağlantıyı kimseyle paylaşmayın.',
  shownOnce: 'Bu bağlantı yalnızca şimdi gösteriliyor. Lütfen bağlantıyı, örneğin yer imi olarak, kaydedin.',
  shownBefore:
    'Katkınızın durumuna ait kişisel bağlantı yalnızca bir kez, gönderdikten hemen sonra gösterildi.',
  inConfirmationMail: 'Bağlantıyı onay e-postanızda da bulabilirsiniz.',
} satisfies StatusLinkMessages;
