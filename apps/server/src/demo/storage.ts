import { maskIdNumber, normaliseIdNumber, type Vault } from '../platform/crypto/index.ts';
import type { RegistryRows } from '../modules/institutions/index.ts';
import type { GeneratedCity } from './types.ts';

function protect(vault: Vault, idNumber: string) {
  const normalised = normaliseIdNumber(idNumber);
  return { idNumberCipher: vault.encrypt(normalised), idNumberHash: vault.lookupHash(normalised), idNumberMasked: maskIdNumber(normalised) };
}

/** The generated city as stored: every ID number encrypted, with its look-up hash and masked form. */
export function toRegistryRows(city: GeneratedCity, vault: Vault): RegistryRows {
  return {
    institutions: city.institutions,
    classes: city.classes,
    fees: city.fees,
    classCaregivers: city.classCaregivers,
    staff: city.staff.map(({ idNumber, ...row }) => ({ ...row, ...protect(vault, idNumber) })),
    children: city.children.map(({ idNumber, ...row }) => ({ ...row, ...(idNumber ? protect(vault, idNumber) : { idNumberCipher: null, idNumberHash: null, idNumberMasked: null }) })),
  };
}
