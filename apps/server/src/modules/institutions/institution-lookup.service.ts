import { adminRoles, type InstitutionLookup, type InstitutionLookupQuery } from '@youyu/contracts';
import { isWithinJurisdiction, type Actor } from '../../platform/auth/index.ts';
import { notFound } from '../../platform/errors/index.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { findInstitutionsForLookup } from './institution-lookup.repository.ts';

/**
 * Where an administrator may look institutions up: its jurisdiction, or everywhere for an
 * administrator without one (platform-wide, as in account administration). Null: nowhere.
 */
function lookupReachOf(actor: Actor | null): { within: string[] } | null {
  if (!actor) return null;
  if (actor.jurisdictionCode) return { within: [actor.jurisdictionCode] };
  return (adminRoles as readonly string[]).includes(actor.role) ? { within: [] } : null;
}

/** Two areas overlap when one lies within the other (a subdistrict administrator may name its district). */
const overlaps = (a: string, b: string) => isWithinJurisdiction(a, b) || isWithinJurisdiction(b, a);

/**
 * Up to 20 institutions by name for the administrators' account forms, which need an
 * institution's id but whose roles may not read the registry: id, name, district and filing
 * status only. A district outside the caller's reach answers 404, like any record out of scope.
 */
export async function lookupInstitutions(ctx: RequestContext, query: InstitutionLookupQuery): Promise<InstitutionLookup> {
  const reach = lookupReachOf(ctx.actor);
  if (!reach) return { items: [] };
  const [own] = reach.within;
  if (query.district && own && !overlaps(own, query.district)) throw notFound();
  const within = query.district ? [...reach.within, query.district] : reach.within;
  return { items: await findInstitutionsForLookup(ctx.db, { within, text: query.q || undefined }) };
}
