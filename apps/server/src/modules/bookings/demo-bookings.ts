import { asc, eq } from 'drizzle-orm';
import type { BookingState, ClassType, Sex } from '@youyu/contracts';
import type { Executor } from '../../platform/db/index.ts';
import { classes, children, institutions } from '../institutions/index.ts';
import { bookings, visitSlots, visits } from './bookings.tables.ts';

type DemoFamily = { id: string; phone: string; displayName: string };
type DemoRequest = { childName: string; sex: Sex; ageMonths: number; classType: ClassType; state: BookingState; daysAgo: number };

const DAY = 86_400_000;

/** One request in each state the institution works with: new ones, a waitlisted one and an open offer. */
const demoRequests: DemoRequest[] = [
  { childName: '林小满', sex: 'female', ageMonths: 20, classType: 'toddlerClass', state: 'requested', daysAgo: 1 },
  { childName: '周一诺', sex: 'male', ageMonths: 27, classType: 'twosClass', state: 'requested', daysAgo: 2 },
  { childName: '陈安安', sex: 'female', ageMonths: 30, classType: 'twosClass', state: 'waitlisted', daysAgo: 6 },
  { childName: '赵乐天', sex: 'male', ageMonths: 18, classType: 'toddlerClass', state: 'offered', daysAgo: 4 },
];

/** A birth date `months` before `today`, as YYYY-MM-DD. */
function bornMonthsAgo(today: Date, months: number): string {
  const born = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, 10));
  return born.toISOString().slice(0, 10);
}

/** The first day of next month: when most families want a place to start. */
function nextMonthStart(today: Date): string {
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 1)).toISOString().slice(0, 10);
}

/**
 * Booking requests from other demo families and visit slots for the coming week at the demo
 * institution, so that its requests, waitlist and visit pages show work to do. The families' new
 * children are their own (not enrolled anywhere); one open offer holds a place in a toddler class.
 */
export async function seedDemoBookings(exec: Executor, place: { institutionId: string; families: readonly DemoFamily[]; today?: Date }): Promise<void> {
  const today = place.today ?? new Date();
  const [institution] = await exec.select({ districtCode: institutions.districtCode, subdistrictCode: institutions.subdistrictCode }).from(institutions).where(eq(institutions.id, place.institutionId));
  if (!institution || place.families.length < demoRequests.length) return;
  const area = { districtCode: institution.districtCode, subdistrictCode: institution.subdistrictCode };
  const classRows = await exec.select({ id: classes.id, classType: classes.classType }).from(classes).where(eq(classes.institutionId, place.institutionId)).orderBy(asc(classes.name));

  for (const [i, request] of demoRequests.entries()) {
    const family = place.families[i]!;
    const [child] = await exec
      .insert(children)
      .values({ familyUserId: family.id, name: request.childName, sex: request.sex, birthDate: bornMonthsAgo(today, request.ageMonths), guardianName: family.displayName, guardianPhone: family.phone })
      .returning({ id: children.id });
    const requestedAt = new Date(today.getTime() - request.daysAgo * DAY);
    const offeredClass = request.state === 'offered' ? classRows.find((c) => c.classType === request.classType) : undefined;
    if (request.state === 'offered' && !offeredClass) continue;
    await exec.insert(bookings).values({
      childId: child!.id,
      familyUserId: family.id,
      institutionId: place.institutionId,
      ...area,
      classType: request.classType,
      serviceMode: 'fullDay',
      startDate: nextMonthStart(today),
      state: request.state,
      classId: offeredClass?.id ?? null,
      offeredAt: offeredClass ? new Date(requestedAt.getTime() + DAY) : null,
      offerExpiresAt: offeredClass ? new Date(today.getTime() + 4 * DAY) : null,
      waitlistedAt: request.state === 'waitlisted' ? new Date(requestedAt.getTime() + DAY) : null,
      createdAt: requestedAt,
      updatedAt: requestedAt,
    });
  }

  // Two mornings next week, one with a family already booked.
  const slotStart = (days: number) => new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + days, 1, 30));
  const slots = await exec
    .insert(visitSlots)
    .values([3, 5].map((days) => ({ institutionId: place.institutionId, ...area, startsAt: slotStart(days), endsAt: new Date(slotStart(days).getTime() + 90 * 60_000), capacity: 6, note: '请从东门进入，参观时请勿拍摄孩子。' })))
    .returning({ id: visitSlots.id });
  const visitor = place.families[demoRequests.length] ?? place.families[0]!;
  await exec.insert(visits).values({ slotId: slots[0]!.id, institutionId: place.institutionId, familyUserId: visitor.id, contactName: visitor.displayName, contactPhone: visitor.phone, ...area });
}
