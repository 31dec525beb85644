export { ObjectNotFoundError, assertObjectKey, type ObjectStore } from './object-store.ts';
export { openAudited, storeThenRecord } from './recorded-files.ts';
export { createLocalDiskStore } from './local-disk.ts';
export { createS3Store, ObjectStoreError, type S3Settings } from './s3.ts';
export { signatureV4, canonicalRequest, toAmzDate, sha256Hex, type Credentials } from './sigv4.ts';
export { extensionOf, sniffContentType, type SniffedType } from './sniff.ts';
export { objectStoreFor, type StorageConfig } from './from-config.ts';
