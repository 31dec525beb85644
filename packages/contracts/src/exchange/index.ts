export * from './permissions.ts';
export * from './registrations.ts';
export * from './api-keys.ts';
export * from './filing-rate.ts';
