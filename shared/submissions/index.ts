export * from './decide.ts';
export * from './erase.ts';
export * from './ids.ts';
export * from './reminders.ts';
export * from './resubmit.ts';
export * from './submit.ts';
export * from './validators.ts';
