import { defineErrors } from '../../platform/errors/index.ts';

/** Search parameters that are each valid but make no sense together; photos an institution uploads. */
export const RegisterErrors = defineErrors('register', {
  /** sort=distance needs a point to measure from. */
  REGISTER_SORT_NEEDS_NEAR: 400,
  /** radius or walk without near: a distance from nowhere. */
  REGISTER_DISTANCE_NEEDS_NEAR: 400,
  /** Either a radius or a walk, not both. */
  REGISTER_RADIUS_AND_WALK: 400,
  REGISTER_START_NEEDS_BIRTH_DATE: 400,
  REGISTER_START_BEFORE_BIRTH: 400,
  REGISTER_FEE_RANGE_INVERTED: 400,
  PHOTO_FILE_MISSING: 400,
  PHOTO_TOO_LARGE: 413,
  /** JPEG or PNG only, judged by the file's first bytes. */
  PHOTO_TYPE_NOT_ALLOWED: 415,
  PHOTOS_LIMIT: 409,
});
