import type { EmailMessages } from './de.ts';

/** Ukrainian: the confirmation copy and the parts every email shares. */
export const uk = {
  subject: (p) => `Ваші відповіді: ${p.title} (номер звернення ${p.reference})`,
  greeting: 'Доброго дня!',
  intro: (p) => `Дякуємо за участь в опитуванні «${p.title}». Нижче — копія ваших відповідей.`,
  unverifiedNote:
    'Вашу адресу ел. пошти не підтверджено, тому в цій копії лише вибрані вами варіанти відповіді, без текстів, які ви написали самі.',
  yourAnswers: 'Ваші відповіді',
  reference: 'Номер звернення',
  yes: 'Так',
  contact: (p) => `Якщо у вас є запитання, звертайтеся: ${p.name}, ${p.email}`,
  automatic: 'Цей лист надіслано автоматично, тому що у формі ви попросили надіслати копію ваших відповідей.',
} satisfies EmailMessages;
