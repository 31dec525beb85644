export * from './permissions.ts';
export * from './enums.ts';
export * from './credit-code.ts';
export * from './schemas.ts';
export * from './lookup.ts';
