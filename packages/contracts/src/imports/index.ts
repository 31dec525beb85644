export * from './permissions.ts';
export * from './tabular.ts';
export * from './columns.ts';
export * from './jobs.ts';
