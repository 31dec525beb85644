import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams, ModerateRating, ModerationItem, ModerationPage, ModerationQuery, MyRating, MyRatingList, Problem, PublicRating, PublicRatingPage, RatingEligibility, RatingEligibilityQuery, RatingInput, RatingListQuery, RatingParams, RatingReplyInput } from '@youyu/contracts';
import { contextOf } from '../../platform/http/context.ts';
import { institutionScope } from '../institutions/index.ts';
import { getRatingEligibility, listModerationQueue, listMyRatings, listPublishedRatings, moderateRating, ratingScope, replyToRating, saveRating } from './ratings.service.ts';

const tags = ['ratings'];
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
const writeErrors = { ...errors, 409: Problem };
const rate = { access: { permission: 'ratings.rate' } };
const ofInstitution = (request: FastifyRequest) => institutionScope(request.server.db, (request.params as { id: string }).id);

export const ratingsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/public/institutions/:id/ratings',
    {
      schema: {
        tags,
        summary: 'Published ratings of an institution, newest first, with its averages',
        description: 'Only ratings that passed screening or moderation. No personal data: the family’s name is masked (张*); the institution’s reply is public.',
        params: IdParams,
        querystring: RatingListQuery,
        response: { 200: PublicRatingPage, 400: Problem, 404: Problem },
      },
      config: { access: { public: true } },
    },
    (request) => listPublishedRatings(contextOf(request), request.params.id, request.query),
  );

  app.get('/family/ratings', { schema: { tags, summary: 'The family’s own ratings, whatever their status', response: { 200: MyRatingList, ...errors } }, config: rate }, (request) => listMyRatings(contextOf(request)));

  app.get(
    '/family/ratings/eligibility',
    { schema: { tags, summary: 'Whether the family may rate an institution (an enrollment or a completed visit there), and its rating if any', querystring: RatingEligibilityQuery, response: { 200: RatingEligibility, ...errors } }, config: rate },
    (request) => getRatingEligibility(contextOf(request), request.query.institutionId),
  );

  app.put(
    '/family/ratings',
    { schema: { tags, summary: 'Rate an institution, or edit the family’s rating of it; screened, held for moderation when flagged (audited)', body: RatingInput, response: { 200: MyRating, ...writeErrors } }, config: rate },
    (request) => saveRating(contextOf(request), request.body),
  );

  app.get(
    '/institutions/:id/ratings',
    { schema: { tags, summary: 'The institution’s published ratings and averages, for its reply', params: IdParams, querystring: RatingListQuery, response: { 200: PublicRatingPage, ...errors } }, config: { access: { permission: 'ratings.reply', scope: ofInstitution } } },
    (request) => listPublishedRatings(contextOf(request), request.params.id, request.query),
  );

  app.post(
    '/institutions/:id/ratings/:ratingId/reply',
    { schema: { tags, summary: 'The institution’s one public reply to a published rating (audited)', params: RatingParams, body: RatingReplyInput, response: { 200: PublicRating, ...writeErrors } }, config: { access: { permission: 'ratings.reply', scope: ofInstitution } } },
    (request) => replyToRating(contextOf(request), request.params.id, request.params.ratingId, request.body),
  );

  app.get(
    '/ratings/moderation',
    { schema: { tags, summary: 'Ratings within the caller’s jurisdiction by status (held ones by default), oldest first', querystring: ModerationQuery, response: { 200: ModerationPage, ...errors } }, config: { access: { permission: 'ratings.moderate' } } },
    (request) => listModerationQueue(contextOf(request), request.query),
  );

  app.post(
    '/ratings/:id/moderate',
    { schema: { tags, summary: 'Publish a held rating, or reject it with a reason (audited)', params: IdParams, body: ModerateRating, response: { 200: ModerationItem, ...writeErrors } }, config: { access: { permission: 'ratings.moderate', scope: (request) => ratingScope(request.server.db, (request.params as { id: string }).id) } } },
    (request) => moderateRating(contextOf(request), request.params.id, request.body),
  );
};
