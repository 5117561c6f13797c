export { type AnswerRow, answerRows, displayAnswer } from './answer-rows.ts';
export { type ConfirmLinkEmailInput, renderConfirmLinkEmail } from './confirm-link.ts';
export {
  type ConfirmationEmail,
  type ConfirmationEmailInput,
  renderConfirmationEmail,
} from './confirmation.ts';
export type { EmailAction, EmailContent, RenderedEmail } from './layout.tsx';
export { headerSafe, plainText } from './text-safety.ts';
export * from './workflow/index.ts';
