import { z } from 'zod';
import { IsoDateTime } from '../common/index.ts';
import { Registrar } from '../institutions/index.ts';

/** The header a registrar's system sends its key in. */
export const API_KEY_HEADER = 'x-api-key';

/** A registrar's key to the data-exchange API. The secret itself is shown once, at creation. */
export const ApiKey = z
  .object({
    id: z.uuid(),
    name: z.string(),
    registrar: Registrar,
    jurisdictionCode: z.string().describe('registrations outside it are refused'),
    prefix: z.string().describe('the first characters of the key, to tell keys apart'),
    createdAt: IsoDateTime,
    createdByName: z.string().nullable(),
    lastUsedAt: IsoDateTime.nullable(),
    revokedAt: IsoDateTime.nullable(),
    revokedByName: z.string().nullable(),
  })
  .meta({ id: 'ApiKey' });
export type ApiKey = z.infer<typeof ApiKey>;
export const ApiKeyList = z.object({ items: z.array(ApiKey) });
export type ApiKeyList = z.infer<typeof ApiKeyList>;

export const CreateApiKeyBody = z.strictObject({
  name: z.string().trim().min(2).max(100).describe('e.g. 朝阳区市场监管局登记系统'),
  registrar: Registrar,
  jurisdictionCode: z.string().regex(/^\d{6}$/, { message: 'city or district code' }).describe('a city or district code'),
});
export type CreateApiKeyBody = z.infer<typeof CreateApiKeyBody>;

export const CreatedApiKey = z
  .object({ apiKey: ApiKey, secret: z.string().describe('the whole key: shown this once, stored only as a hash') })
  .meta({ id: 'CreatedApiKey' });
export type CreatedApiKey = z.infer<typeof CreatedApiKey>;
