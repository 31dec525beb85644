export * from './common/index.ts';
export * from './permissions.ts';
export * from './accounts/index.ts';
export * from './audit/index.ts';
export * from './jurisdictions/index.ts';
export * from './policies/index.ts';
export * from './institutions/index.ts';
