import type { FastifyPluginAsync } from 'fastify';
import { jurisdictionsPublicRoutes } from './jurisdictions-public.routes.ts';
import { jurisdictionsRoutes } from './jurisdictions.routes.ts';

/** Jurisdictions (行政区划): the city → district → subdistrict → community tree and its reference figures. */
export const jurisdictionsModule: FastifyPluginAsync = async (app) => {
  await app.register(jurisdictionsPublicRoutes);
  await app.register(jurisdictionsRoutes);
};

export { cityCodes, type CityKey } from '@youyu/contracts';
export { importJurisdictions, type ImportSummary } from './jurisdictions-import.service.ts';
export {
  findJurisdiction,
  getJurisdiction,
  listChildren,
  listDistricts,
  listSubdistricts,
  listDistrictBoundaries,
  locateSubdistrict,
  type Location,
} from './jurisdictions.service.ts';
export type { Jurisdiction } from './jurisdictions.repository.ts';
export { ancestorsOf, cityCodeOf, levelOfCode, parentCodeOf, isJurisdictionCode } from './jurisdiction-codes.ts';
export { jurisdictions } from './jurisdictions.tables.ts';
export { areaNames, type AreaName } from './area-names.ts';
export { containsPoint, boundingBox, type BoundingBox } from './geometry.ts';
