import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fastOkSerializer } from './fast-serializer.ts';

const Page = z.object({ items: z.array(z.object({ id: z.string(), name: z.string(), distanceM: z.number().int().optional(), rating: z.number().nullable() })), total: z.number().int() });

describe('the fast serializer of a 200 answer', () => {
  const serialize = fastOkSerializer<z.ZodType>().serializerCompiler({ schema: Page, method: 'GET', url: '/x', httpStatus: '200' });

  it('writes what JSON.stringify writes for an answer of the schema', () => {
    const page = { items: [{ id: 'a', name: '阳光托育 "东"', distanceM: 120, rating: null }, { id: 'b', name: 'B', rating: 4.5 }], total: 2 };
    expect(JSON.parse(serialize(page))).toEqual(page);
  });

  it('leaves out every property the schema does not declare', () => {
    const leaky = { items: [{ id: 'a', name: 'A', rating: 1, phone: '13800000000' }], total: 1, secret: true };
    expect(JSON.parse(serialize(leaky))).toEqual({ items: [{ id: 'a', name: 'A', rating: 1 }], total: 1 });
  });

  it('leaves other statuses to the zod serializer, which refuses an answer off its schema', () => {
    const problem = fastOkSerializer<z.ZodType>().serializerCompiler({ schema: z.object({ title: z.string() }), method: 'GET', url: '/x', httpStatus: '400' });
    expect(() => problem({ title: 1 })).toThrow();
  });
});
