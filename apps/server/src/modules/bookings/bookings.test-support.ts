import type { LightMyRequestResponse } from 'fastify';
import type { Role } from '@youyu/contracts';
import { createUserForTest, signInAs } from '../../../test/sign-in.ts';
import type { TestApp } from '../../../test/app.ts';
import { todayInShanghai } from '../policies/index.ts';

// For the bookings tests: dates relative to today, and callers signed in through the real API.

const shift = (iso: string, fn: (d: Date) => void) => {
  const d = new Date(`${iso}T00:00:00Z`);
  fn(d);
  return d.toISOString().slice(0, 10);
};
export const daysFromToday = (days: number) => shift(todayInShanghai(), (d) => d.setUTCDate(d.getUTCDate() + days));
export const monthsBefore = (iso: string, months: number) => shift(iso, (d) => d.setUTCMonth(d.getUTCMonth() - months));

/** A start date a month from now, and birth dates making a child of a given age (months) on it. */
export const START = daysFromToday(30);
export const bornMonthsBeforeStart = (months: number) => monthsBefore(START, months);

export type Caller = {
  userId: string;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, payload?: object): Promise<LightMyRequestResponse>;
  put(url: string, payload: object): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
};

export async function callerFor(t: TestApp, input: { role: Role; jurisdictionCode?: string; institutionId?: string }): Promise<Caller> {
  const user = await createUserForTest(t.database, input);
  const { headers } = await signInAs(t.app, user);
  const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) => t.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload ? { payload } : {}) });
  return {
    userId: user.id,
    get: (url) => call('GET', url),
    post: (url, payload) => call('POST', url, payload ?? {}),
    put: (url, payload) => call('PUT', url, payload),
    delete: (url) => call('DELETE', url),
  };
}

/** A child of the family, `ageMonths` old on START. */
export async function addChild(family: Caller, name: string, ageMonths: number): Promise<string> {
  const added = await family.post('/family/children', { name, birthDate: bornMonthsBeforeStart(ageMonths), sex: 'female' });
  if (added.statusCode !== 201) throw new Error(`child not added (${added.statusCode}): ${added.body}`);
  return added.json().id;
}

/** A booking of the child at the institution, toddler class, full day, from START. */
export async function book(family: Caller, childId: string, institutionId: string, classType = 'toddlerClass') {
  const booked = await family.post('/family/bookings', { childId, institutionId, classType, serviceMode: 'fullDay', startDate: START });
  if (booked.statusCode !== 201) throw new Error(`booking refused (${booked.statusCode}): ${booked.body}`);
  return booked.json() as { id: string; revision: number; state: string };
}
