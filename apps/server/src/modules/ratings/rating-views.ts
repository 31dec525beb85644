import { ratingDimensions, type ModerationItem, type MyRating, type PublicRating, type RatingSummary } from '@youyu/contracts';
import { maskName } from '../../platform/crypto/index.ts';
import type { RatingRow, summariseInstitution } from './ratings.repository.ts';

const iso = (d: Date | null) => d?.toISOString() ?? null;
const scoresOf = (r: RatingRow) => ({ overall: r.overall, care: r.care, safety: r.safety, food: r.food, communication: r.communication, environment: r.environment });

export function toPublicRating(r: RatingRow): PublicRating {
  return { id: r.id, familyName: maskName(r.familyName), ...scoresOf(r), comment: r.comment, createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString(), reply: r.reply, repliedAt: iso(r.repliedAt) };
}

export function toMyRating(r: RatingRow, institutionName: string): MyRating {
  return {
    id: r.id,
    institutionId: r.institutionId,
    institutionName,
    ...scoresOf(r),
    comment: r.comment,
    status: r.status,
    heldFor: r.heldFor,
    rejectReason: r.rejectReason,
    reply: r.reply,
    repliedAt: iso(r.repliedAt),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export function toModerationItem(r: RatingRow, institutionName: string): ModerationItem {
  return { ...toPublicRating(r), institutionId: r.institutionId, institutionName, subdistrictCode: r.subdistrictCode, status: r.status, heldFor: r.heldFor, rejectReason: r.rejectReason, revision: r.revision };
}

export function toSummary(institutionId: string, row: Awaited<ReturnType<typeof summariseInstitution>>): RatingSummary {
  return { institutionId, average: row.overall, count: row.count, dimensions: Object.fromEntries(ratingDimensions.map((d) => [d, row[d]])) as RatingSummary['dimensions'] };
}
