import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { authenticator } from 'otplib';
import { permissionKeys } from '@youyu/contracts';
import { createUser, currentTotpCode } from '../src/modules/accounts/index.ts';
import { systemContext } from '../src/platform/http/context.ts';
import { buildTestApp } from './app.ts';

/**
 * Every route under /api/v1, as the OpenAPI document describes it, gets bad input generated from
 * its schemas: malformed and mistyped bodies, missing required fields, wrong types, over-long
 * strings, bad path parameters, out-of-range and unknown query values. Each answer must be a 4xx
 * problem+json, never a 5xx and never a success. New routes are covered without editing this file.
 *
 * The caller is signed in with every permission of the catalogue (granted to its role in this
 * test database only), so requests get past the access guard into the handlers.
 */

type Schema = {
  type?: string | string[];
  $ref?: string;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
};
type Parameter = { in: 'path' | 'query' | 'header' | 'cookie'; name: string; required?: boolean; schema: Schema };
type Operation = { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: Schema }> } };
type OpenApi = { paths: Record<string, Record<string, Operation>>; components?: { schemas?: Record<string, Schema> } };
type Route = { method: string; path: string; operation: Operation };
type BadRequest = { name: string; params?: Record<string, string>; query?: Record<string, string>; body?: string; contentType?: string };

const t = await buildTestApp();
const openApi = (await t.app.inject('/api/openapi.json')).json() as OpenApi;
const routes: Route[] = Object.entries(openApi.paths)
  .filter(([path]) => path.startsWith('/api/v1/'))
  .flatMap(([path, operations]) => Object.entries(operations).map(([method, operation]) => ({ method: method.toUpperCase(), path, operation })));
const session = await signInWithEveryPermission();
afterAll(() => t.close());

async function signInWithEveryPermission(): Promise<Record<string, string>> {
  const db = t.database.db;
  const role = 'regulator';
  await db.execute(sql`insert into role_permissions (role, permission) values ${sql.join(permissionKeys.map((key) => sql`(${role}, ${key})`), sql`, `)} on conflict do nothing`);
  const totpSecret = authenticator.generateSecret();
  const password = `Probe-${randomUUID()}`;
  await createUser(db, systemContext(db), { username: 'bad-input-probe', password, displayName: 'Bad input probe', role, department: 'healthCommission', jurisdictionCode: '110000', totpSecret });
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { username: 'bad-input-probe', password, totpCode: currentTotpCode(totpSecret) } });
  if (res.statusCode !== 200) throw new Error(`the probe account could not sign in: ${res.statusCode} ${res.body}`);
  return { cookie: res.cookies.map((c) => `${c.name}=${c.value}`).join('; '), 'x-csrf-token': res.json().csrfToken };
}

function resolve(schema: Schema): Schema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.replace('#/components/schemas/', '');
  return resolve(openApi.components?.schemas?.[name] ?? {});
}

/** The JSON types a schema accepts (all of them when it says nothing). */
function typesOf(raw: Schema): Set<string> {
  const schema = resolve(raw);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return new Set(alternatives.flatMap((s) => [...typesOf(s)]));
  if (schema.enum) return new Set(schema.enum.map((v) => (v === null ? 'null' : typeof v)));
  if (schema.type) return new Set([schema.type].flat().flatMap((ty) => (ty === 'integer' ? ['number'] : [ty])));
  return new Set(['string', 'number', 'boolean', 'object', 'array', 'null']);
}

// Candidates for strings with a pattern: the first that matches is used as a plausible value.
const patternSamples = ['110000', '110105001', '110105001001', '13800138000', '123456', '91110000MA01ABCD2X', 'sample', 'a1', 'A'];

/** A plausible value, so that a request is wrong in the one place each case makes it wrong. */
function sample(raw: Schema): unknown {
  const schema = resolve(raw);
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const alternative = (schema.anyOf ?? schema.oneOf)?.find((s) => !typesOf(s).has('null') || typesOf(s).size > 1);
  if (alternative) return sample(alternative);
  if (schema.allOf?.[0]) return sample(schema.allOf[0]);
  const type = [schema.type].flat().find((ty) => ty !== 'null') ?? 'string';
  switch (type) {
    case 'object':
      return Object.fromEntries((schema.required ?? []).map((key) => [key, sample(schema.properties?.[key] ?? {})]));
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => sample(schema.items ?? {}));
    case 'integer':
    case 'number':
      return schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 1);
    case 'boolean':
      return true;
    default:
      if (schema.format === 'uuid') return randomUUID();
      if (schema.format === 'date') return '2025-01-01';
      if (schema.format === 'date-time') return new Date().toISOString();
      if (schema.format === 'email') return 'probe@example.com';
      if (schema.pattern) return patternSamples.find((s) => new RegExp(schema.pattern!).test(s)) ?? 'sample';
      return 'x'.repeat(Math.max(1, schema.minLength ?? 1));
  }
}

/** Values of a type the schema does not accept, for a JSON body. */
function wrongTypes(schema: Schema): unknown[] {
  const accepted = typesOf(schema);
  const candidates: [string, unknown][] = [['string', 'not the right type'], ['number', 12345], ['boolean', true], ['object', { unexpected: true }], ['array', [1, 2]], ['null', null]];
  return candidates.filter(([type]) => !accepted.has(type)).map(([, value]) => value);
}

/** String values a parameter (always text on the wire) must refuse, by what its schema says. */
function badTexts(raw: Schema): [string, string][] {
  const schema = resolve(raw);
  const bad: [string, string][] = [];
  const types = typesOf(schema);
  if (schema.enum) bad.push(['an unknown enum value', 'no-such-value']);
  if (types.has('number') && !types.has('string')) {
    bad.push(['not a number', 'abc'], ['an unsafe integer', '9007199254740993123'], ['infinity', '1e999']);
    if (schema.maximum !== undefined) bad.push(['above the maximum', String(schema.maximum + 1)]);
    if (schema.minimum !== undefined) bad.push(['below the minimum', String(schema.minimum - 1)]);
    if ([schema.type].flat().includes('integer')) bad.push(['a fraction', '1.5']);
  }
  if (types.has('boolean') && !types.has('string')) bad.push(['not a boolean', 'maybe']);
  if (schema.format === 'uuid') bad.push(['a malformed uuid', 'not-a-uuid'], ['an almost-uuid', '00000000-0000-4000-8000-00000000000g']);
  if (schema.format === 'date') bad.push(['an impossible date', '2025-02-30']);
  if (schema.pattern) bad.push(['text not matching the pattern', 'bad value!']);
  if (schema.maxLength !== undefined) bad.push(['over-long text', 'x'.repeat(schema.maxLength + 1)]);
  return bad;
}

function badRequests(route: Route): BadRequest[] {
  const parameters = route.operation.parameters ?? [];
  const pathParams = Object.fromEntries(parameters.filter((p) => p.in === 'path').map((p) => [p.name, String(sample(p.schema))]));
  const query = Object.fromEntries(parameters.filter((p) => p.in === 'query' && p.required).map((p) => [p.name, String(sample(p.schema))]));
  const bodySchema = route.operation.requestBody?.content['application/json']?.schema;
  const body = bodySchema ? sample(bodySchema) : undefined;
  const base = { params: pathParams, query, body: body === undefined ? undefined : JSON.stringify(body) };
  const cases: BadRequest[] = [];

  for (const p of parameters) {
    const where = p.in === 'path' ? 'params' : p.in === 'query' ? 'query' : null;
    if (!where) continue;
    for (const [what, value] of [...badTexts(p.schema), ['very long text', 'x'.repeat(5000)] as [string, string]]) {
      cases.push({ ...base, name: `${p.in} ${p.name}: ${what}`, [where]: { ...base[where], [p.name]: value } });
    }
    if (p.in === 'query' && p.required) cases.push({ ...base, name: `query ${p.name}: missing`, query: Object.fromEntries(Object.entries(query).filter(([k]) => k !== p.name)) });
  }

  if (['POST', 'PUT', 'PATCH', 'DELETE'].includes(route.method)) {
    cases.push({ ...base, name: 'malformed JSON', body: '{"a": ', contentType: 'application/json' });
    cases.push({ ...base, name: 'an unsupported content type', body: '<a/>', contentType: 'application/xml' });
  }
  if (bodySchema) {
    const schema = resolve(bodySchema);
    cases.push({ ...base, name: 'an empty JSON body', body: '', contentType: 'application/json' });
    const shapes = [['[]', 'array'], ['42', 'number'], ['"text"', 'string'], ['null', 'null'], ['true', 'boolean']] as const;
    for (const [text, type] of shapes) if (!typesOf(schema).has(type)) cases.push({ ...base, name: `body ${text}`, body: text });
    const fields = schema.properties ?? {};
    const valid = (body ?? {}) as Record<string, unknown>;
    const withField = (name: string, value: unknown) => JSON.stringify({ ...valid, [name]: value });
    for (const name of schema.required ?? []) {
      cases.push({ ...base, name: `body ${name}: missing`, body: JSON.stringify(Object.fromEntries(Object.entries(valid).filter(([k]) => k !== name))) });
    }
    for (const [name, raw] of Object.entries(fields)) {
      const field = resolve(raw);
      for (const value of wrongTypes(field)) cases.push({ ...base, name: `body ${name}: ${JSON.stringify(value)} (wrong type)`, body: withField(name, value) });
      if (field.enum && typesOf(field).has('string')) cases.push({ ...base, name: `body ${name}: unknown enum value`, body: withField(name, 'no-such-value') });
      if (field.maxLength !== undefined) cases.push({ ...base, name: `body ${name}: over-long text`, body: withField(name, 'x'.repeat(field.maxLength + 1)) });
      else if (typesOf(field).has('string') && !field.enum && field.const === undefined) cases.push({ ...base, name: `body ${name}: 100,000 characters`, body: withField(name, 'x'.repeat(100_000)) });
      if (field.maximum !== undefined) cases.push({ ...base, name: `body ${name}: above the maximum`, body: withField(name, field.maximum + 1) });
      if (field.minimum !== undefined) cases.push({ ...base, name: `body ${name}: below the minimum`, body: withField(name, field.minimum - 1) });
    }
  }
  return cases;
}

function urlOf(route: Route, request: BadRequest): string {
  const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(request.params?.[name] ?? ''));
  const query = new URLSearchParams(request.query ?? {}).toString();
  return query ? `${path}?${query}` : path;
}

describe('bad input gets a 4xx problem+json on every route', () => {
  it('finds the routes to check', () => {
    expect(routes.length).toBeGreaterThan(0);
  });

  it.each(routes.map((r) => [`${r.method} ${r.path}`, r] as const))('%s', async (_, route) => {
    const failures: string[] = [];
    for (const request of badRequests(route)) {
      const headers: Record<string, string> = { ...session };
      if (request.body !== undefined) headers['content-type'] = request.contentType ?? 'application/json';
      const res = await t.app.inject({ method: route.method as 'GET', url: urlOf(route, request), headers, payload: request.body });
      const contentType = String(res.headers['content-type'] ?? '');
      const problem = contentType.startsWith('application/problem+json') ? (res.json() as { code?: unknown; status?: unknown }) : null;
      const isGood = res.statusCode >= 400 && res.statusCode < 500 && problem !== null && typeof problem.code === 'string' && problem.status === res.statusCode;
      if (!isGood) failures.push(`${request.name} → ${res.statusCode} ${contentType} ${res.body.slice(0, 200)}`);
    }
    expect(failures).toEqual([]);
  });
});
