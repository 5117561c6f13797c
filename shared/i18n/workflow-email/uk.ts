import type { WorkflowEmailMessages } from './de.ts';

/** Ukrainian: the approval workflow emails. */
export const uk = {
  greetingName: (p) => `Доброго дня, ${p.name}!`,
  submissionTitle: 'Пропозиція',
  decideButton: 'Відкрити пропозицію та ухвалити рішення',
  linkValidUntil: (p) => `Посилання дійсне до ${p.date}.`,
  linkChangesNothing:
    'Відкриття посилання нічого не змінює. Ваше рішення враховується лише тоді, коли ви натиснете одну з кнопок на сторінці.',
  statusButton: 'Переглянути статус вашої пропозиції',
  reviseButton: 'Доопрацювати пропозицію',
  commentLabel: 'Коментар',
  reasonLabel: 'Причина',
  approvalRequested: {
    subject: (p) => `Потрібне ваше рішення: ${p.title} (${p.reference}), ${p.stage}`,
    intro: (p) => `Пропозиція щодо «${p.title}» чекає на ваше рішення на етапі «${p.stage}».`,
    returnedFrom: (p) => `Етап «${p.stage}» відхилив пропозицію та повернув її вам для повторного рішення.`,
  },
  reminder: {
    subject: (p) => `Нагадування: ${p.title} (${p.reference}) чекає на ваше рішення, ${p.stage}`,
    intro: (p) => `Пропозиція щодо «${p.title}» чекає на ваше рішення на етапі «${p.stage}» з ${p.since}.`,
  },
  received: {
    subject: (p) => `Отримано: ${p.title} (номер звернення ${p.reference})`,
    body: (p) =>
      `Ми отримали вашу пропозицію щодо «${p.title}». Зараз рішення щодо неї ухвалює етап «${p.stage}». Ми напишемо вам про кожен наступний крок.`,
  },
  advanced: {
    subject: (p) => `Наступний етап: ${p.title} (номер звернення ${p.reference})`,
    body: (p) => `Вашу пропозицію щодо «${p.title}» схвалено й передано на наступний етап: «${p.stage}».`,
  },
  returned: {
    subject: (p) => `Повторне рішення: ${p.title} (номер звернення ${p.reference})`,
    body: (p) =>
      `Вашу пропозицію щодо «${p.title}» відхилено на одному з наступних етапів і повернуто на етап «${p.stage}», який ухвалить рішення ще раз.`,
  },
  approved: {
    subject: (p) => `Схвалено: ${p.title} (номер звернення ${p.reference})`,
    body: (p) => `Вашу пропозицію щодо «${p.title}» схвалено на всіх етапах.`,
  },
  rejected: {
    subject: (p) => `Відхилено: ${p.title} (номер звернення ${p.reference})`,
    body: (p) => `Вашу пропозицію щодо «${p.title}» відхилено на етапі «${p.stage}».`,
  },
  sentBack: {
    subject: (p) => `Просимо доопрацювати: ${p.title} (номер звернення ${p.reference})`,
    body: (p) =>
      `Етап «${p.stage}» повернув вам пропозицію щодо «${p.title}» з проханням доопрацювати її. Після цього вона знову надійде на цей етап.`,
  },
  contactChanged: {
    subject: (p) => `Контактну адресу змінено: ${p.title} (номер звернення ${p.reference})`,
    body: (p) =>
      `адресу електронної пошти вашої пропозиції до «${p.title}» змінено під час доопрацювання. Повідомлення щодо цієї пропозиції тепер надходять на нову адресу.`,
    notYou:
      'Якщо це зробили не ви, зверніться, будь ласка, до вказаної нижче контактної служби та назвіть номер звернення.',
  },
  outcome: {
    approvedSubject: (p) => `Підсумок: схвалено – ${p.title} (${p.reference})`,
    rejectedSubject: (p) => `Підсумок: відхилено – ${p.title} (${p.reference})`,
    approved: (p) =>
      `Пропозицію ${p.reference} щодо «${p.title}» схвалено. Останнє рішення ухвалено на етапі «${p.stage}».`,
    rejected: (p) => `Пропозицію ${p.reference} щодо «${p.title}» відхилено на етапі «${p.stage}».`,
  },
  automaticApprover: 'Ви отримали цей лист, тому що вказані як особа, що ухвалює рішення в цьому опитуванні.',
  automaticSubmitter: 'Цей лист надіслано автоматично, тому що ви подали пропозицію.',
  automaticDepartment: 'Цей лист надіслано автоматично, тому що ви — контактна особа цього опитування.',
} satisfies WorkflowEmailMessages;
