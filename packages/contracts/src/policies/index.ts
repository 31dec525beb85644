export * from './permissions.ts';
export * from './catalogue.ts';
export * from './values.ts';
export * from './schemas.ts';
