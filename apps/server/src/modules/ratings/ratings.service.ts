import type { ModerateRating, ModerationPage, ModerationQuery, MyRating, MyRatingList, PublicRatingPage, RatingEligibility, RatingReplyInput, RatingScores } from '@youyu/contracts';
import { recordAudit } from '../../platform/audit/index.ts';
import type { RecordScope } from '../../platform/auth/index.ts';
import type { Executor } from '../../platform/db/index.ts';
import { DomainError, notFound } from '../../platform/errors/index.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { canRate } from '../bookings/index.ts';
import { RatingErrors } from './ratings.errors.ts';
import * as repo from './ratings.repository.ts';
import { toModerationItem, toMyRating, toPublicRating, toSummary } from './rating-views.ts';
import { screenText } from './screening.ts';

type Page = { page: number; pageSize: number };

function familyOf(ctx: RequestContext) {
  if (!ctx.actor) throw new DomainError('UNAUTHENTICATED');
  return ctx.actor;
}

async function institutionOf(exec: Executor, institutionId: string) {
  const institution = await repo.findInstitutionFacts(exec, institutionId);
  if (!institution) throw notFound();
  return institution;
}

/** Where a rating belongs, for the access guard: its subdistrict and its institution. */
export async function ratingScope(exec: Executor, id: string): Promise<RecordScope | null> {
  const place = await repo.findRatingPlace(exec, id);
  return place ? { jurisdictionCode: place.subdistrictCode, institutionId: place.institutionId } : null;
}

/** Published ratings of an institution with its averages; what the public, and the institution, see. */
export async function listPublishedRatings(ctx: RequestContext, institutionId: string, page: Page): Promise<PublicRatingPage> {
  await institutionOf(ctx.db, institutionId);
  const [{ items, total }, summary] = await Promise.all([repo.listPublished(ctx.db, institutionId, page), repo.summariseInstitution(ctx.db, institutionId)]);
  return { items: items.map(toPublicRating), total, summary: toSummary(institutionId, summary) };
}

export async function getRatingEligibility(ctx: RequestContext, institutionId: string): Promise<RatingEligibility> {
  const family = familyOf(ctx);
  const institution = await institutionOf(ctx.db, institutionId);
  const [eligible, rating] = await Promise.all([canRate(ctx.db, family.userId, institutionId), repo.findOfFamily(ctx.db, family.userId, institutionId)]);
  return { institutionId, institutionName: institution.name, canRate: eligible, rating: rating ? toMyRating(rating, institution.name) : null };
}

export async function listMyRatings(ctx: RequestContext): Promise<MyRatingList> {
  const rows = await repo.listOfFamily(ctx.db, familyOf(ctx).userId);
  return { items: rows.map((r) => toMyRating(r.rating, r.institutionName)) };
}

/**
 * Saves the family's rating of an institution, new or edited. The comment is screened each time:
 * a clean one is published at once, a flagged one is held for the district's moderator.
 */
export async function saveRating(ctx: RequestContext, input: RatingScores & { institutionId: string; comment: string }): Promise<MyRating> {
  const family = familyOf(ctx);
  const institution = await institutionOf(ctx.db, input.institutionId);
  if (!(await canRate(ctx.db, family.userId, institution.id))) throw new DomainError(RatingErrors.RATING_NOT_ELIGIBLE);
  const heldFor = screenText(input.comment);
  const saved = await ctx.db.transaction(async (tx) => {
    const before = await repo.findOfFamily(tx, family.userId, institution.id);
    const row = await repo.upsertRating(tx, {
      institutionId: institution.id,
      familyUserId: family.userId,
      familyName: family.displayName,
      districtCode: institution.districtCode,
      subdistrictCode: institution.subdistrictCode,
      overall: input.overall,
      care: input.care,
      safety: input.safety,
      food: input.food,
      communication: input.communication,
      environment: input.environment,
      comment: input.comment,
      status: heldFor.length > 0 ? 'held' : 'published',
      heldFor,
    });
    await recordAudit(tx, ctx, { action: before ? 'rating.edit' : 'rating.create', entityType: 'rating', entityId: row.id, jurisdictionCode: row.subdistrictCode, before, after: row, details: { institutionId: institution.id, heldFor } });
    return row;
  });
  return toMyRating(saved, institution.name);
}

/** The institution's one public reply to a published rating; screened like the ratings, refused when flagged. */
export async function replyToRating(ctx: RequestContext, institutionId: string, ratingId: string, input: RatingReplyInput): Promise<PublicRatingPage['items'][number]> {
  const flags = screenText(input.reply);
  if (flags.length > 0) throw new DomainError(RatingErrors.RATING_REPLY_SCREENED, { flags: flags.join(', ') });
  const row = await ctx.db.transaction(async (tx) => {
    const rating = await repo.lockRating(tx, ratingId);
    if (!rating || rating.institutionId !== institutionId) throw notFound();
    if (rating.status !== 'published') throw new DomainError(RatingErrors.RATING_NOT_PUBLISHED);
    if (rating.reply !== null) throw new DomainError(RatingErrors.RATING_ALREADY_REPLIED);
    const replied = await repo.updateRating(tx, ratingId, { reply: input.reply, repliedBy: ctx.actor?.userId ?? null, repliedAt: new Date() });
    await recordAudit(tx, ctx, { action: 'rating.reply', entityType: 'rating', entityId: ratingId, jurisdictionCode: rating.subdistrictCode, before: rating, after: replied, details: { institutionId } });
    return replied;
  });
  return toPublicRating(row);
}

export async function listModerationQueue(ctx: RequestContext, query: ModerationQuery): Promise<ModerationPage> {
  const { items, total } = await repo.listForModeration(ctx.db, ctx.actor?.jurisdictionCode ?? null, query);
  return { items: items.map((r) => toModerationItem(r.rating, r.institutionName)), total };
}

/** A moderator publishes a held rating or rejects it with a reason the family sees. */
export async function moderateRating(ctx: RequestContext, id: string, input: ModerateRating) {
  const { row, institutionName } = await ctx.db.transaction(async (tx) => {
    const rating = await repo.lockRating(tx, id);
    if (!rating) throw notFound();
    if (rating.status !== 'held') throw new DomainError(RatingErrors.RATING_NOT_HELD);
    if (rating.revision !== input.revision) throw new DomainError(RatingErrors.RATING_CHANGED);
    const decided = await repo.updateRating(tx, id, {
      status: input.decision === 'publish' ? 'published' : 'rejected',
      rejectReason: input.decision === 'reject' ? input.reason : null,
      moderatedBy: ctx.actor?.userId ?? null,
      moderatedAt: new Date(),
    });
    await recordAudit(tx, ctx, { action: `rating.${input.decision}`, entityType: 'rating', entityId: id, jurisdictionCode: rating.subdistrictCode, before: rating, after: decided });
    return { row: decided, institutionName: (await institutionOf(tx, rating.institutionId)).name };
  });
  return toModerationItem(row, institutionName);
}
