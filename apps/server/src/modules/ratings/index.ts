import type { FastifyPluginAsync } from 'fastify';
import { ratingsRoutes } from './ratings.routes.ts';

/**
 * Ratings (评价): families with an enrollment or a completed visit rate an institution, 1–5 overall
 * and per dimension; texts are screened for personal data and abuse, held ones are moderated by the
 * district; the institution replies once, publicly.
 */
export const ratingsModule: FastifyPluginAsync = async (app) => {
  await app.register(ratingsRoutes);
};

export { ratings } from './ratings.tables.ts';
export { ratingSummaryOf } from './ratings.repository.ts';
