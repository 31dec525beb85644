export * from './permissions.ts';
export * from './enums.ts';
export * from './institution-editing.ts';
export * from './schemas.ts';
