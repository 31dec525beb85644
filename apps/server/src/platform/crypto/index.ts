export { createVault, VaultError, type Vault } from './vault.ts';
export { parseSecretKey, resolveSecretKey, type SecretKeyWarning } from './secret-key.ts';
export { vaultFromConfig } from './from-config.ts';
export { maskIdNumber, maskName, maskPhone } from './masking.ts';
export { checkIdNumber, idNumberCheckCharacter, normaliseIdNumber, type IdNumberCheck, type IdNumberFacts, type IdNumberProblem, type Sex } from './id-number.ts';
