import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { cityCodes } from '@youyu/contracts';

const Meta = z.object({
  name: z.literal('youyu'),
  version: z.string(),
  isDemo: z.boolean().describe('demo mode: sample data, demo accounts and a banner on every page'),
  city: z.enum(['beijing', 'tianjin', 'chongqing']).describe('the city this deployment serves'),
  cityCode: z.string().describe('its jurisdiction code, e.g. 110000'),
  baseMap: z
    .union([
      z.object({ kind: z.enum(['style', 'xyz']), url: z.string(), attribution: z.string().nullable() }),
      z.object({ kind: z.literal('tianditu'), key: z.string() }),
    ])
    .nullable()
    .describe('The base map of the public map (YOUYU_MAP_STYLE_URL or YOUYU_TIANDITU_KEY); null: jurisdiction boundaries only'),
});

const version = '1.0.0';

/** What the web app needs before anyone signs in. */
export async function registerMeta(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/meta',
    { schema: { tags: ['meta'], summary: 'Platform facts for the web app', response: { 200: Meta } }, config: { access: { public: true } } },
    async () => ({ name: 'youyu' as const, version, isDemo: app.config.isDemo, city: app.config.city, cityCode: cityCodes[app.config.city], baseMap: app.config.baseMap }),
  );
}
