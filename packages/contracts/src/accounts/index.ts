export * from './permissions.ts';
export * from './auth.ts';
export * from './users.ts';
export * from './roles.ts';
export * from './security-settings.ts';
