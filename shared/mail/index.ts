export * from './confirm-link-delivery.ts';
export * from './deliver.ts';
export * from './dispatch.ts';
export * from './jobs.ts';
export * from './links.ts';
export * from './outbox-delivery.ts';
export * from './recipient.ts';
export { type SendDeps, sendThenMark } from './send-once.ts';
export * from './sign-in-delivery.ts';
