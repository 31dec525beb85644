import { defineErrors } from '../../platform/errors/index.ts';

export const RatingErrors = defineErrors('ratings', {
  /** Only a family with an enrollment or a completed visit at the institution may rate it. */
  RATING_NOT_ELIGIBLE: 403,
  RATING_ALREADY_REPLIED: 409,
  RATING_NOT_PUBLISHED: 409,
  /** Only a held rating is decided by a moderator. */
  RATING_NOT_HELD: 409,
  /** The revision sent with a decision is not the rating's current one. */
  RATING_CHANGED: 409,
  /** A public reply must not carry phone or ID numbers, names or abuse either. */
  RATING_REPLY_SCREENED: 400,
});
