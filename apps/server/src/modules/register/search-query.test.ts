import { drizzle } from 'drizzle-orm/node-postgres';
import { describe, expect, it } from 'vitest';
import { classTypes, grades, institutionKinds, ownerships, registerSorts, serviceModes, type RegisterListQuery } from '@youyu/contracts';
import type { Executor } from '../../platform/db/index.ts';
import { searchSqlOf } from './register.repository.ts';
import { shapeOf, type RegisterSearch } from './search-query.ts';

/** A small deterministic generator (mulberry32), so a failure names a seed that repeats it. */
function randomFrom(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    chance: () => next() < 0.5,
    int: (max: number) => Math.floor(next() * max),
    pick: <T,>(values: readonly T[]) => values[Math.floor(next() * values.length)]!,
  };
}

type Random = ReturnType<typeof randomFrom>;

/** Which parameters a search has and the choices that shape its SQL; the values are drawn apart. */
function shapeChoices(r: Random) {
  return {
    present: Array.from({ length: 8 }, () => r.chance()),
    words: r.pick([0, 1, 2]),
    classTypes: r.chance() ? null : classTypes.filter(() => r.chance()),
    serviceMode: r.chance() ? undefined : r.pick(serviceModes),
    hasVacancy: r.pick([undefined, true, false]),
    sort: r.chance() ? null : r.pick(registerSorts),
    near: r.chance(),
  };
}

function searchOf(choices: ReturnType<typeof shapeChoices>, r: Random): RegisterSearch {
  const [district, subdistrict, kind, inclusive, grade, ownership, feeMin, feeMax] = choices.present;
  // Different words each time, so the number of words (part of the shape) is the number drawn.
  const words = ['阳光', '宝贝', 'Sunny', '小海豚'].sort(() => r.int(3) - 1).slice(0, choices.words);
  const query: RegisterListQuery = {
    page: 1 + r.int(5),
    pageSize: 1 + r.int(100),
    ...(choices.words > 0 ? { q: words.join(' ') } : {}),
    ...(district ? { district: `1101${String(r.int(100)).padStart(2, '0')}` } : {}),
    ...(subdistrict ? { subdistrict: `110105${String(r.int(1000)).padStart(3, '0')}` } : {}),
    ...(kind ? { kind: r.pick(institutionKinds) } : {}),
    ...(inclusive ? { inclusive: r.chance() } : {}),
    ...(grade ? { grade: r.pick(grades) } : {}),
    ...(ownership ? { ownership: r.pick(ownerships) } : {}),
    ...(feeMin ? { feeMin: r.int(3000) } : {}),
    ...(feeMax ? { feeMax: 3000 + r.int(5000) } : {}),
    ...(choices.serviceMode ? { serviceMode: choices.serviceMode } : {}),
    ...(choices.hasVacancy !== undefined ? { hasVacancy: choices.hasVacancy } : {}),
  };
  const circle = choices.near ? { lat: 39 + r.int(1000) / 1000, lng: 116 + r.int(1000) / 1000, radiusM: 100 + r.int(30_000) } : null;
  return { query, circle, classTypes: choices.classTypes, sort: choices.sort === 'distance' && !circle ? null : choices.sort };
}

describe('the register search statement', () => {
  // Renders SQL only: no connection is made.
  const db = drizzle.mock() as unknown as Executor;

  it('is one SQL text for every search of one shape, whatever its values', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const r = randomFrom(seed);
      const choices = shapeChoices(r);
      const [one, other] = [searchOf(choices, r), searchOf(choices, r)];
      expect(shapeOf(one), `seed ${seed}`).toBe(shapeOf(other));
      expect(searchSqlOf(db, one), `seed ${seed}`).toBe(searchSqlOf(db, other));
    }
  });

  it('tells searches of different shapes apart', () => {
    const r = randomFrom(7);
    const choices = shapeChoices(r);
    const base = searchOf({ ...choices, near: true, sort: 'distance', hasVacancy: true }, r);
    const variants: RegisterSearch[] = [
      { ...base, sort: 'fee' },
      { ...base, query: { ...base.query, hasVacancy: false } },
      { ...base, classTypes: ['infantClass'] },
      { ...base, circle: null, sort: null },
    ];
    for (const variant of variants) expect(shapeOf(variant)).not.toBe(shapeOf(base));
  });
});
