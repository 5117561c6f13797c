import type { WorkflowEmailMessages } from './de.ts';

/** Russian: the approval workflow emails. */
export const ru = {
  greetingName: (p) => `Здравствуйте, ${p.name}!`,
  submissionTitle: 'Предложение',
  decideButton: 'Открыть предложение и принять решение',
  linkValidUntil: (p) => `Ссылка действительна до ${p.date}.`,
  linkChangesNothing:
    'Открытие ссылки ничего не меняет. Ваше решение учитывается, только когда вы нажмёте одну из кнопок на странице.',
  statusButton: 'Посмотреть статус вашего предложения',
  reviseButton: 'Доработать предложение',
  commentLabel: 'Комментарий',
  reasonLabel: 'Причина',
  approvalRequested: {
    subject: (p) => `Требуется ваше решение: ${p.title} (${p.reference}), ${p.stage}`,
    intro: (p) => `Предложение по теме «${p.title}» ждёт вашего решения на этапе «${p.stage}».`,
    returnedFrom: (p) => `Этап «${p.stage}» отклонил предложение и вернул его вам для повторного решения.`,
  },
  reminder: {
    subject: (p) => `Напоминание: ${p.title} (${p.reference}) ждёт вашего решения, ${p.stage}`,
    intro: (p) => `Предложение по теме «${p.title}» ждёт вашего решения на этапе «${p.stage}» с ${p.since}.`,
  },
  received: {
    subject: (p) => `Получено: ${p.title} (номер обращения ${p.reference})`,
    body: (p) =>
      `Мы получили ваше предложение по теме «${p.title}». Сейчас решение по нему принимает этап «${p.stage}». Мы напишем вам о каждом следующем шаге.`,
  },
  advanced: {
    subject: (p) => `Следующий этап: ${p.title} (номер обращения ${p.reference})`,
    body: (p) => `Ваше предложение по теме «${p.title}» одобрено и передано на следующий этап: «${p.stage}».`,
  },
  returned: {
    subject: (p) => `Повторное решение: ${p.title} (номер обращения ${p.reference})`,
    body: (p) =>
      `Ваше предложение по теме «${p.title}» отклонено на одном из следующих этапов и возвращено на этап «${p.stage}», который примет решение ещё раз.`,
  },
  approved: {
    subject: (p) => `Одобрено: ${p.title} (номер обращения ${p.reference})`,
    body: (p) => `Ваше предложение по теме «${p.title}» одобрено на всех этапах.`,
  },
  rejected: {
    subject: (p) => `Отклонено: ${p.title} (номер обращения ${p.reference})`,
    body: (p) => `Ваше предложение по теме «${p.title}» отклонено на этапе «${p.stage}».`,
  },
  sentBack: {
    subject: (p) => `Просим доработать: ${p.title} (номер обращения ${p.reference})`,
    body: (p) =>
      `Этап «${p.stage}» вернул вам предложение по теме «${p.title}» с просьбой доработать его. После этого оно снова поступит на этот этап.`,
  },
  outcome: {
    approvedSubject: (p) => `Итог: одобрено – ${p.title} (${p.reference})`,
    rejectedSubject: (p) => `Итог: отклонено – ${p.title} (${p.reference})`,
    approved: (p) =>
      `Предложение ${p.reference} по теме «${p.title}» одобрено. Последнее решение принято на этапе «${p.stage}».`,
    rejected: (p) => `Предложение ${p.reference} по теме «${p.title}» отклонено на этапе «${p.stage}».`,
  },
  automaticApprover:
    'Вы получили это письмо, потому что указаны как лицо, принимающее решения по этому опросу.',
  automaticSubmitter: 'Это письмо отправлено автоматически, потому что вы подали предложение.',
  automaticDepartment: 'Это письмо отправлено автоматически, потому что вы — контактное лицо этого опроса.',
} satisfies WorkflowEmailMessages;
