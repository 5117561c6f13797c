import type { StatusLinkMessages } from './de.ts';

/** Ukrainian: the private status link. */
export const uk = {
  title: 'Стан вашої пропозиції',
  confirmationLink: 'Стан вашої пропозиції можна будь-коли переглянути за особистим посиланням:',
  linkValidUntil: (p) => `Посилання дійсне до ${p.date}.`,
  privateLink:
    'Ця сторінка відкривається лише за вашим особистим посиланням. Будь ласка, нікому його не передавайте.',
  shownOnce: 'Це посилання показано лише зараз. Будь ласка, збережіть його, наприклад у закладках.',
  shownBefore:
    'Особисте посилання на стан вашої пропозиції було показано лише один раз, одразу після надсилання.',
  inConfirmationMail: 'Ви також знайдете його в листі з підтвердженням.',
} satisfies StatusLinkMessages;
