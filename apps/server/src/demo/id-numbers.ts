import { idNumberCheckCharacter } from '../platform/crypto/index.ts';
import type { Random } from './prng.ts';

// Real prefecture-level region codes of common home provinces of Beijing, Tianjin and Chongqing
// workers (Hebei, Henan, Shandong, Sichuan, Hubei, Anhui, Heilongjiang, Hunan), for staff born elsewhere.
const ORIGIN_REGIONS = ['130102', '130602', '410105', '370102', '510104', '420102', '340104', '230102', '430102', '130203'];

/**
 * Unique, valid-format synthetic ID numbers (GB 11643 check character included). They describe
 * nobody: the sequence digits are random, and the same number is never issued twice in a city.
 */
export class IdNumberFactory {
  private readonly issued = new Set<string>();

  constructor(
    private readonly random: Random,
    private readonly cityRegions: readonly string[],
  ) {}

  /** `birthDate` ISO; `localShare` of people registered in the city rather than elsewhere. */
  issue(birthDate: string, sex: 'male' | 'female', localShare: number): string {
    for (;;) {
      const region = this.random.chance(localShare) ? this.random.pick(this.cityRegions) : this.random.pick(ORIGIN_REGIONS);
      const sequence = this.random.int(0, 49) * 2 + (sex === 'male' ? 1 : 0);
      const body = `${region}${birthDate.replaceAll('-', '')}${String(this.random.int(0, 9))}${String(sequence).padStart(2, '0')}`;
      const idNumber = body + idNumberCheckCharacter(body);
      if (!this.issued.has(idNumber)) {
        this.issued.add(idNumber);
        return idNumber;
      }
    }
  }
}
