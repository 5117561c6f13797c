export * from './ids.ts';
export * from './submit.ts';
