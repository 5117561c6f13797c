export * from './json-schema.ts';
export * from './load.ts';
export * from './schedule.ts';
export * from './schema.ts';
