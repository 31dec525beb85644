import type { InstitutionKind, RegistrationFacts } from '@youyu/contracts';
import { isWithinJurisdiction } from '../../platform/auth/index.ts';
import type { Executor } from '../../platform/db/index.ts';
import { impliedKind, registrationRuleProblems, type RegistrationPlace } from '../institutions/index.ts';
import { checkCreditCodeCell, type CellProblem } from '../imports/index.ts';
import { cityCodeOf, findJurisdiction, listDistrictBoundaries, locateSubdistrict, type Jurisdiction } from '../jurisdictions/index.ts';

export type CheckedRegistration = { facts: RegistrationFacts; kind: InstitutionKind; place: RegistrationPlace };
export type RegistrationCheck = { ok: true; registration: CheckedRegistration } | { ok: false; problems: CellProblem[] };

type Point = { lat: number; lng: number };
type PlaceInput = Pick<RegistrationFacts, 'districtCode' | 'subdistrictCode' | 'lat' | 'lng'>;

/** The middle of a boundary's bounding box: where a registration without coordinates is shown until it files its location. */
function boxCentre(coordinates: unknown): Point | null {
  const box = { minLng: Infinity, maxLng: -Infinity, minLat: Infinity, maxLat: -Infinity };
  const visit = (node: unknown): void => {
    if (!Array.isArray(node)) return;
    if (typeof node[0] === 'number' && typeof node[1] === 'number') {
      box.minLng = Math.min(box.minLng, node[0]);
      box.maxLng = Math.max(box.maxLng, node[0]);
      box.minLat = Math.min(box.minLat, node[1]);
      box.maxLat = Math.max(box.maxLat, node[1]);
    } else node.forEach(visit);
  };
  visit(coordinates);
  return Number.isFinite(box.minLng) ? { lat: (box.minLat + box.maxLat) / 2, lng: (box.minLng + box.maxLng) / 2 } : null;
}

/**
 * Resolves where registrations are, with look-ups cached for one request (a batch repeats the same
 * subdistricts and cities many times).
 */
export function placeResolver(exec: Executor) {
  const nodes = new Map<string, Promise<Jurisdiction | undefined>>();
  const centres = new Map<string, Promise<Map<string, Point | null>>>();
  const nodeOf = (code: string) => nodes.get(code) ?? nodes.set(code, findJurisdiction(exec, code)).get(code)!;
  const centresOf = (cityCode: string) =>
    centres.get(cityCode) ??
    centres.set(cityCode, listDistrictBoundaries(exec, cityCode).then((shapes) => new Map(shapes.map((s) => [s.code, boxCentre(s.boundary.coordinates)])))).get(cityCode)!;

  async function subdistrictOf(input: PlaceInput): Promise<{ districtCode: string; subdistrictCode: string } | CellProblem> {
    if (input.subdistrictCode) {
      const node = await nodeOf(input.subdistrictCode);
      if (!node || node.level !== 'subdistrict' || !node.parentCode) return { field: 'subdistrictCode', code: 'unknownSubdistrict', params: { code: input.subdistrictCode } };
      return { districtCode: node.parentCode, subdistrictCode: node.code };
    }
    if (input.lat !== undefined && input.lng !== undefined) {
      const located = await locateSubdistrict(exec, input.lat, input.lng);
      if (!located) return { field: 'lat', code: 'locationOutsideCity', params: {} };
      if (located.subdistrictCode) return { districtCode: located.districtCode, subdistrictCode: located.subdistrictCode };
    }
    return { field: 'subdistrictCode', code: 'subdistrictRequired', params: {} };
  }

  /** The place of a registration within `within` (the key's or uploader's jurisdiction), or why not. */
  async function resolve(input: PlaceInput, within: string): Promise<{ place: RegistrationPlace } | { problems: CellProblem[] }> {
    if ((input.lat === undefined) !== (input.lng === undefined)) return { problems: [{ field: input.lat === undefined ? 'lat' : 'lng', code: 'required' }] };
    const found = await subdistrictOf(input);
    if ('code' in found) return { problems: [found] };
    if (input.districtCode && input.districtCode !== found.districtCode) {
      return { problems: [{ field: 'districtCode', code: 'subdistrictOutsideDistrict', params: { subdistrict: found.subdistrictCode, district: input.districtCode } }] };
    }
    if (!isWithinJurisdiction(within, found.subdistrictCode)) return { problems: [{ field: 'subdistrictCode', code: 'outsideJurisdiction', params: { jurisdiction: (await nodeOf(within))?.nameZh ?? within } }] };
    const point = input.lat !== undefined && input.lng !== undefined ? { lat: input.lat, lng: input.lng } : (await centresOf(cityCodeOf(found.districtCode))).get(found.districtCode);
    if (!point) return { problems: [{ field: 'lat', code: 'locationRequired', params: {} }] };
    return { place: { ...found, ...point } };
  }

  return { resolve };
}

export type PlaceResolver = ReturnType<typeof placeResolver>;

/** Today in Asia/Shanghai, where registrations are dated. */
const todayInChina = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * Everything a registration must satisfy beyond its shape: the credit code's check character, who
 * registers what (REG-1, REG-14), a registration date not in the future, and a place within reach.
 */
export async function checkRegistration(resolver: PlaceResolver, input: RegistrationFacts, within: string): Promise<RegistrationCheck> {
  const problems: CellProblem[] = [];
  const credit = checkCreditCodeCell('creditCode', input.creditCode);
  if ('problem' in credit) problems.push(credit.problem);
  problems.push(...registrationRuleProblems(input));
  if (input.registrationDate > todayInChina()) problems.push({ field: 'registrationDate', code: 'dateInFuture' });
  const located = await resolver.resolve(input, within);
  if ('problems' in located) problems.push(...located.problems);
  if (problems.length > 0 || 'problems' in located || 'problem' in credit) return { ok: false, problems };
  const facts = { ...input, creditCode: credit.code };
  return { ok: true, registration: { facts, kind: impliedKind(facts), place: located.place } };
}
