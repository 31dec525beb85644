import { z } from 'zod';
import { IsoDateTime, Page, paginated } from '../common/index.ts';

/** What a family scores besides the overall score (评价维度). */
export const ratingDimensions = ['care', 'safety', 'food', 'communication', 'environment'] as const;
export const RatingDimension = z.enum(ratingDimensions);
export type RatingDimension = z.infer<typeof RatingDimension>;

/** A clean rating is published at once; one the screening flags is held until a regulator decides. */
export const ratingStatuses = ['held', 'published', 'rejected'] as const;
export const RatingStatus = z.enum(ratingStatuses);
export type RatingStatus = z.infer<typeof RatingStatus>;

/** Why the automatic screening held a text: personal data, or abusive words. */
export const screeningFlags = ['phone', 'idNumber', 'name', 'abuse'] as const;
export const ScreeningFlag = z.enum(screeningFlags);
export type ScreeningFlag = z.infer<typeof ScreeningFlag>;

export const RATING_COMMENT_MAX = 1000;

const Score = z.number().int().min(1).max(5);
export const RatingScores = z.object({ overall: Score, care: Score, safety: Score, food: Score, communication: Score, environment: Score });
export type RatingScores = z.infer<typeof RatingScores>;

export const RatingInput = RatingScores.extend({
  institutionId: z.uuid(),
  comment: z.string().trim().max(RATING_COMMENT_MAX).default(''),
});
export type RatingInput = z.input<typeof RatingInput>;

/** A published rating as anyone sees it: the family's name masked (张*), nothing else about it. */
export const PublicRating = RatingScores.extend({
  id: z.uuid(),
  familyName: z.string().describe('masked'),
  comment: z.string(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  reply: z.string().nullable().describe('the institution’s one public reply'),
  repliedAt: IsoDateTime.nullable(),
}).meta({ id: 'PublicRating' });
export type PublicRating = z.infer<typeof PublicRating>;

export const RatingSummary = z
  .object({
    institutionId: z.uuid(),
    average: z.number().nullable().describe('overall, 1–5; null without published ratings'),
    count: z.number().int(),
    dimensions: z.record(RatingDimension, z.number().nullable()),
  })
  .meta({ id: 'RatingSummary' });
export type RatingSummary = z.infer<typeof RatingSummary>;

export const RatingListQuery = Page;
export const PublicRatingPage = paginated(PublicRating).extend({ summary: RatingSummary });
export type PublicRatingPage = z.infer<typeof PublicRatingPage>;

/** The family's own rating, whatever its status. */
export const MyRating = RatingScores.extend({
  id: z.uuid(),
  institutionId: z.uuid(),
  institutionName: z.string(),
  comment: z.string(),
  status: RatingStatus,
  heldFor: z.array(ScreeningFlag),
  rejectReason: z.string().nullable(),
  reply: z.string().nullable(),
  repliedAt: IsoDateTime.nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
}).meta({ id: 'MyRating' });
export type MyRating = z.infer<typeof MyRating>;
export const MyRatingList = z.object({ items: z.array(MyRating) });
export type MyRatingList = z.infer<typeof MyRatingList>;

export const RatingEligibilityQuery = z.object({ institutionId: z.uuid() });
export const RatingEligibility = z.object({
  institutionId: z.uuid(),
  institutionName: z.string(),
  canRate: z.boolean().describe('an enrollment or a completed visit at the institution'),
  rating: MyRating.nullable(),
});
export type RatingEligibility = z.infer<typeof RatingEligibility>;

export const RatingParams = z.object({ id: z.uuid(), ratingId: z.uuid() });
export const RatingReplyInput = z.object({ reply: z.string().trim().min(1).max(RATING_COMMENT_MAX) });
export type RatingReplyInput = z.infer<typeof RatingReplyInput>;

export const ModerationQuery = Page.extend({ status: RatingStatus.default('held') });
export type ModerationQuery = z.infer<typeof ModerationQuery>;

/** A rating as the moderator sees it: the whole comment (it may hold the personal data to judge). */
export const ModerationItem = PublicRating.extend({
  institutionId: z.uuid(),
  institutionName: z.string(),
  subdistrictCode: z.string(),
  status: RatingStatus,
  heldFor: z.array(ScreeningFlag),
  rejectReason: z.string().nullable(),
  revision: z.number().int(),
}).meta({ id: 'RatingModerationItem' });
export type ModerationItem = z.infer<typeof ModerationItem>;
export const ModerationPage = paginated(ModerationItem);
export type ModerationPage = z.infer<typeof ModerationPage>;

export const ModerateRating = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('publish'), revision: z.number().int().min(1) }),
  z.object({ decision: z.literal('reject'), reason: z.string().trim().min(1).max(500), revision: z.number().int().min(1) }),
]);
export type ModerateRating = z.infer<typeof ModerateRating>;
