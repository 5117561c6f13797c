export * from './engine.ts';
export * from './errors.ts';
export * from './preview.ts';
export * from './rule.ts';
export * from './snapshot.ts';
export * from './types.ts';
