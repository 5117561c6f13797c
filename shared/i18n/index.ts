export * from './format.ts';
export * from './locales.ts';
export * from './messages.ts';
export * from './negotiate.ts';
