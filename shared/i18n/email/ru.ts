import type { EmailMessages } from './de.ts';

/** Russian: the confirmation copy and the parts every email shares. */
export const ru = {
  subject: (p) => `Ваши ответы: ${p.title} (номер обращения ${p.reference})`,
  greeting: 'Здравствуйте!',
  intro: (p) => `Спасибо за участие в опросе «${p.title}». Ниже — копия ваших ответов.`,
  unverifiedNote:
    'Ваш адрес эл. почты не подтверждён, поэтому в этой копии только выбранные вами варианты ответа, без текстов, которые вы написали сами.',
  yourAnswers: 'Ваши ответы',
  reference: 'Номер обращения',
  yes: 'Да',
  contact: (p) => `Если у вас есть вопросы, обращайтесь: ${p.name}, ${p.email}`,
  automatic:
    'Это письмо отправлено автоматически, потому что в форме вы попросили прислать копию ваших ответов.',
} satisfies EmailMessages;
