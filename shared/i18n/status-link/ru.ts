import type { StatusLinkMessages } from './de.ts';

/** Russian: the private status link. */
export const ru = {
  title: 'Статус вашего предложения',
  confirmationLink: 'Статус вашего предложения можно в любое время посмотреть по личной ссылке:',
  linkValidUntil: (p) => `Ссылка действительна до ${p.date}.`,
  privateLink:
    'Эта страница открывается только по вашей личной ссылке. Пожалуйста, никому её не передавайте.',
  shownOnce: 'Эта ссылка показывается только сейчас. Пожалуйста, сохраните её, например в закладках.',
  shownBefore:
    'Личная ссылка на статус вашего предложения была показана только один раз, сразу после отправки.',
  inConfirmationMail: 'Вы также найдёте её в письме с подтверждением.',
} satisfies StatusLinkMessages;
