export * from './deliver.ts';
export * from './jobs.ts';
