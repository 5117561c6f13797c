import type { EmailMessages } from './de.ts';

/** Turkish: the confirmation copy and the parts every email shares. */
export const tr = {
  subject: (p) => `Yanıtlarınız: ${p.title} (referans ${p.reference})`,
  greeting: 'Merhaba,',
  intro: (p) =>
    `“${p.title}” katılım sürecine katıldığınız için teşekkür ederiz. Yanıtlarınızın bir kopyası aşağıdadır.`,
  unverifiedNote:
    'E-posta adresiniz onaylanmadı. Bu nedenle bu kopya yalnızca seçtiğiniz yanıt seçeneklerini içerir, kendi yazdığınız metinleri içermez.',
  yourAnswers: 'Yanıtlarınız',
  reference: 'Referans numarası',
  yes: 'Evet',
  contact: (p) => `Sorularınız için lütfen şu adrese yazın: ${p.name}, ${p.email}`,
  automatic: 'Bu e-posta, formda yanıtlarınızın bir kopyasını istediğiniz için otomatik olarak gönderildi.',
} satisfies EmailMessages;
