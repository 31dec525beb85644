import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { vaultFromConfig } from '../../platform/crypto/index.ts';
import { smsOutbox } from '../../platform/sms/index.ts';
import { children } from '../institutions/index.ts';
import { notifications } from '../notifications/index.ts';
// Test factories are shared between modules' tests; production code goes through index.ts.
// eslint-disable-next-line no-restricted-imports
import { createTestInstitution, type TestInstitution } from '../institutions/institutions.factory.ts';
import { bookings, visitSlots } from './bookings.tables.ts';
import { addChild, book, bornMonthsBeforeStart, callerFor, START, type Caller } from './bookings.test-support.ts';
import { canRate, expireOffers, heldPlacesByClass, vacanciesOf } from './index.ts';

const WANGJING = { districtCode: '110105', subdistrictCode: '110105026' };
const HAIDIAN = { districtCode: '110108', subdistrictCode: '110108001' };

describe('booking a place', () => {
  let t: TestApp;
  let sunny: TestInstitution;
  let others: TestInstitution[];
  let haidian: TestInstitution;
  let parents: Caller[];
  let director: Caller;
  let teacher: Caller;
  let otherDirector: Caller;
  let chaoyang: Caller;
  let haidianRegulator: Caller;
  const toddlerClass = () => sunny.classIds[0]!;

  const stateOf = async (id: string) => (await t.database.db.select().from(bookings).where(eq(bookings.id, id)))[0]!;
  const familyView = async (family: Caller, id: string) => (await family.get('/family/bookings')).json().items.find((b: { id: string }) => b.id === id);

  beforeAll(async () => {
    t = await buildTestApp();
    const vault = vaultFromConfig(t.config, () => undefined);
    // Two toddler places, one taken: one free place; a twos class with room.
    sunny = await createTestInstitution(t.database.db, vault, {
      ...WANGJING,
      name: '阳光普惠托育园',
      isInclusive: true,
      classes: [
        { classType: 'toddlerClass', capacity: 2, enrolled: 1 },
        { classType: 'twosClass', capacity: 20, enrolled: 0 },
      ],
    });
    others = [];
    for (let i = 0; i < 3; i++) others.push(await createTestInstitution(t.database.db, vault, { ...WANGJING, classes: [{ classType: 'toddlerClass', capacity: 10, enrolled: 0 }] }));
    haidian = await createTestInstitution(t.database.db, vault, { ...HAIDIAN });
    parents = [];
    for (let i = 0; i < 4; i++) parents.push(await callerFor(t, { role: 'family' }));
    director = await callerFor(t, { role: 'institutionDirector', institutionId: sunny.id, jurisdictionCode: WANGJING.subdistrictCode });
    teacher = await callerFor(t, { role: 'institutionStaff', institutionId: sunny.id, jurisdictionCode: WANGJING.subdistrictCode });
    otherDirector = await callerFor(t, { role: 'institutionDirector', institutionId: haidian.id, jurisdictionCode: HAIDIAN.subdistrictCode });
    chaoyang = await callerFor(t, { role: 'regulator', jurisdictionCode: WANGJING.districtCode });
    haidianRegulator = await callerFor(t, { role: 'regulator', jurisdictionCode: HAIDIAN.districtCode });
  }, 120_000);
  afterAll(() => t?.close());

  it('lets a family add, correct and remove its own children, and no one else’s', async () => {
    const [mum, dad] = parents as [Caller, Caller];
    const future = await mum.post('/family/children', { name: '小雨', birthDate: '2999-01-01', sex: 'female' });
    expect([future.statusCode, future.json().code]).toEqual([400, 'CHILD_BIRTH_DATE_IN_FUTURE']);
    const id = await addChild(mum, '小雨', 20);
    const listed = (await mum.get('/family/children')).json().items;
    expect(listed).toEqual([expect.objectContaining({ id, name: '小雨', status: 'notEnrolled', openBookings: 0, hasBookings: false })]);
    expect((await dad.get('/family/children')).json().items).toEqual([]);
    expect((await dad.put(`/family/children/${id}`, { name: '别人', birthDate: '2024-01-01', sex: 'male' })).statusCode).toBe(404);
    expect((await dad.delete(`/family/children/${id}`)).statusCode).toBe(404);
    expect((await director.get('/family/children')).json().code).toBe('FORBIDDEN');
    const edited = await mum.put(`/family/children/${id}`, { name: '小雨点', birthDate: bornMonthsBeforeStart(20), sex: 'female' });
    expect([edited.statusCode, edited.json().name]).toEqual([200, '小雨点']);
    // The guardian is the account: its phone, for the institution and for text messages.
    const [row] = await t.database.db.select().from(children).where(eq(children.id, id));
    expect(row!.guardianPhone).toMatch(/^139\d{8}$/);
    expect((await mum.delete(`/family/children/${id}`)).statusCode).toBe(204);
    expect((await mum.get('/family/children')).json().items).toEqual([]);
  });

  it('checks a booking: class type for the age, service mode, start date, and the profile’s limit of open bookings', async () => {
    const mum = parents[0]!;
    const options = (await mum.get(`/family/institutions/${sunny.id}/booking-options`)).json();
    expect(options).toMatchObject({ institution: { name: '阳光普惠托育园', isInclusive: true, serviceModes: ['fullDay'] }, maxOpenPerChild: 3, offerValidDays: 7, mixedMinAgeMonths: 18 });
    expect(options.classTypes).toEqual([
      { classType: 'toddlerClass', places: 2, vacancies: 1 },
      { classType: 'twosClass', places: 20, vacancies: 20 },
    ]);
    const child = await addChild(mum, '小满', 20);
    const attempt = (body: object) => mum.post('/family/bookings', { childId: child, institutionId: sunny.id, classType: 'toddlerClass', serviceMode: 'fullDay', startDate: START, ...body });
    const tooYoung = await attempt({ classType: 'twosClass' });
    expect([tooYoung.statusCode, tooYoung.json().code, tooYoung.json().detail]).toEqual([409, 'BOOKING_CLASS_TYPE_NOT_FOR_AGE', '孩子在入托日期时为 20 个月，不符合托大班（24–36 个月）的收托年龄。']);
    expect((await attempt({ classType: 'infantClass' })).json().code).toBe('BOOKING_CLASS_TYPE_NOT_RUN');
    expect((await attempt({ serviceMode: 'hourly' })).json().code).toBe('BOOKING_SERVICE_MODE_NOT_OFFERED');
    expect((await attempt({ startDate: '2020-01-01' })).json().code).toBe('BOOKING_START_DATE_PAST');
    expect((await attempt({ institutionId: haidian.id, classType: 'twosClass' })).json().code).toBe('BOOKING_CLASS_TYPE_NOT_FOR_AGE');
    // Another family's child is not there at all.
    expect((await parents[1]!.post('/family/bookings', { childId: child, institutionId: sunny.id, classType: 'toddlerClass', serviceMode: 'fullDay', startDate: START })).statusCode).toBe(404);
    for (const institution of others) await book(mum, child, institution.id);
    const fourth = await attempt({});
    expect([fourth.statusCode, fourth.json().code, fourth.json().detail]).toEqual([409, 'BOOKING_LIMIT_REACHED', '每个孩子最多同时进行 3 个入托预约，请先取消一个再预约。']);
    const mine = (await mum.get('/family/bookings')).json().items;
    expect(mine).toHaveLength(3);
    expect(mine[0]).toMatchObject({ state: 'requested', ageMonthsAtStart: 20, child: { name: '小满' }, startDate: START });
    const again = await mum.post('/family/bookings/' + mine[0].id + '/cancel', { revision: mine[0].revision });
    expect(again.json().state).toBe('cancelled');
    const duplicate = await mum.post('/family/bookings', { childId: child, institutionId: mine[1].institution.id, classType: 'toddlerClass', serviceMode: 'fullDay', startDate: START });
    expect(duplicate.json().code).toBe('BOOKING_ALREADY_OPEN');
  });

  it('shows an institution its requests and tells it (in the app and by text); others see nothing', async () => {
    const dad = parents[1]!;
    const child = await addChild(dad, '小乐', 16);
    const booking = await book(dad, child, sunny.id);
    const requests = (await director.get(`/institutions/${sunny.id}/bookings?state=requested`)).json();
    expect(requests.items.map((b: { id: string }) => b.id)).toContain(booking.id);
    expect(requests.items.find((b: { id: string }) => b.id === booking.id)).toMatchObject({ child: { name: '小乐' }, guardianPhone: expect.stringMatching(/^139/), ageMonthsAtStart: 16 });
    expect((await chaoyang.get(`/institutions/${sunny.id}/bookings`)).statusCode).toBe(200);
    expect((await haidianRegulator.get(`/institutions/${sunny.id}/bookings`)).statusCode).toBe(404);
    expect((await otherDirector.get(`/institutions/${sunny.id}/bookings`)).statusCode).toBe(404);
    expect((await otherDirector.post(`/bookings/${booking.id}/waitlist`, { revision: booking.revision })).statusCode).toBe(404);
    expect((await chaoyang.post(`/bookings/${booking.id}/waitlist`, { revision: booking.revision })).json().code).toBe('FORBIDDEN');
    const notices = await t.database.db.select().from(notifications).where(and(eq(notifications.kind, 'bookingRequested'), eq(notifications.recipientInstitutionId, sunny.id)));
    expect(notices.length).toBeGreaterThan(0);
    const texts = await t.database.db.select().from(smsOutbox).where(eq(smsOutbox.template, 'notice.bookingRequested'));
    expect(texts.map((m) => m.phone)).toContain('13800999999');
  });

  it('keeps the waitlist in order, shows each family its position, and refuses an offer into a full class', async () => {
    const waiting: { family: Caller; id: string }[] = [];
    for (const [i, family] of parents.slice(1).entries()) {
      const child = await addChild(family, `候补${i + 1}`, 14);
      const booking = await book(family, child, sunny.id);
      const listed = await director.post(`/bookings/${booking.id}/waitlist`, { revision: booking.revision });
      expect(listed.json()).toMatchObject({ state: 'waitlisted', waitlistPosition: i + 1 });
      waiting.push({ family, id: booking.id });
    }
    expect((await familyView(waiting[2]!.family, waiting[2]!.id)).waitlistPosition).toBe(3);
    const list = (await director.get(`/institutions/${sunny.id}/bookings?state=waitlisted`)).json().items;
    expect(list.map((b: { id: string; waitlistPosition: number }) => [b.id, b.waitlistPosition])).toEqual(waiting.map((w, i) => [w.id, i + 1]));
    const text = await t.database.db.select().from(smsOutbox).where(eq(smsOutbox.template, 'notice.bookingWaitlisted'));
    expect(text.at(-1)!.params).toMatchObject({ institution: '阳光普惠托育园', position: '3' });

    // The first on the waitlist gets the one free place; the second finds the class full.
    const first = await stateOf(waiting[0]!.id);
    const offered = await director.post(`/bookings/${first.id}/offer`, { classId: toddlerClass(), revision: first.revision });
    expect(offered.json()).toMatchObject({ state: 'offered', className: '班级1', waitlistPosition: null });
    expect(Date.parse(offered.json().offerExpiresAt) - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
    const second = await stateOf(waiting[1]!.id);
    const full = await director.post(`/bookings/${second.id}/offer`, { classId: toddlerClass(), revision: second.revision });
    expect([full.statusCode, full.json().code, full.json().detail]).toEqual([409, 'BOOKING_CLASS_FULL', '班级1已满（2 个托位均已入托或预留），请选择其他班级或列入候补。']);
    const [held] = await t.database.db.select().from(heldPlacesByClass(t.database.db)).where(eq(heldPlacesByClass(t.database.db).classId, toddlerClass()));
    expect(held).toMatchObject({ capacity: 2, held: 2 });
    expect((await director.get(`/institutions/${sunny.id}/class-places`)).json().items[0]).toMatchObject({ capacity: 2, held: 2, vacancies: 0 });
    // The positions behind move up.
    expect((await familyView(waiting[1]!.family, waiting[1]!.id)).waitlistPosition).toBe(1);
    expect((await familyView(waiting[2]!.family, waiting[2]!.id)).waitlistPosition).toBe(2);
  });

  it('gives two staff acting on one booking at once a clear conflict', async () => {
    const family = parents[0]!;
    const child = await addChild(family, '小冲突', 15);
    const booking = await book(family, child, sunny.id);
    const answers = await Promise.all([director.post(`/bookings/${booking.id}/decline`, { revision: booking.revision, reason: '本学期已满' }), teacher.post(`/bookings/${booking.id}/decline`, { revision: booking.revision, reason: '托位已满' })]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const lost = answers.find((a) => a.statusCode === 409)!.json();
    expect([lost.code, lost.detail]).toEqual(['BOOKING_CHANGED', '这条预约刚被他人处理过，请刷新后再操作。']);
  });

  it('enrolls the child on acceptance, closing its other bookings; cancelling the enrollment offers the place to the next waitlisted', async () => {
    const offeredRow = (await t.database.db.select().from(bookings).where(eq(bookings.state, 'offered')))[0]!;
    const family = parents.find((p) => p.userId === offeredRow.familyUserId)!;
    // An open booking elsewhere for the same child closes on acceptance.
    const elsewhere = await book(family, offeredRow.childId, others[0]!.id);
    const stale = await family.post(`/family/bookings/${offeredRow.id}/accept`, { revision: offeredRow.revision - 1 });
    expect(stale.json().code).toBe('BOOKING_CHANGED');
    const accepted = await family.post(`/family/bookings/${offeredRow.id}/accept`, { revision: offeredRow.revision });
    expect(accepted.json()).toMatchObject({ state: 'enrolled', className: '班级1' });
    const [child] = await t.database.db.select().from(children).where(eq(children.id, offeredRow.childId));
    expect(child).toMatchObject({ status: 'enrolled', institutionId: sunny.id, classId: toddlerClass(), enrolledAt: START, districtCode: WANGJING.districtCode });
    expect((await stateOf(elsewhere.id)).state).toBe('cancelled');
    expect(await canRate(t.database.db, family.userId, sunny.id)).toBe(true);
    expect((await vacanciesOf(t.database.db, [sunny.id])).get(sunny.id)).toBe(20);

    const next = (await director.get(`/institutions/${sunny.id}/bookings?state=waitlisted`)).json().items[0];
    const enrolled = await stateOf(offeredRow.id);
    const cancelled = await family.post(`/family/bookings/${offeredRow.id}/cancel`, { revision: enrolled.revision });
    expect(cancelled.json().state).toBe('cancelled');
    expect((await t.database.db.select().from(children).where(eq(children.id, offeredRow.childId)))[0]!.status).toBe('left');
    // The freed place went to the head of the waitlist, who is told.
    const nextRow = await stateOf(next.id);
    expect(nextRow).toMatchObject({ state: 'offered', classId: toddlerClass() });
    const told = await t.database.db.select().from(notifications).where(and(eq(notifications.kind, 'bookingOffered'), eq(notifications.recipientUserId, nextRow.familyUserId)));
    expect(told).toHaveLength(1);
    // Having been enrolled, the family may still rate the institution.
    expect(await canRate(t.database.db, family.userId, sunny.id)).toBe(true);
  });

  it('lets an unanswered offer expire by the periodic job; the place passes on down the waitlist', async () => {
    const [offered] = await t.database.db.select().from(bookings).where(eq(bookings.state, 'offered'));
    const [nextInLine] = (await director.get(`/institutions/${sunny.id}/bookings?state=waitlisted`)).json().items;
    expect(await expireOffers(t.database.db)).toEqual({ expired: 0 });
    await t.database.db.update(bookings).set({ offerExpiresAt: new Date(Date.now() - 1000) }).where(eq(bookings.id, offered!.id));
    const family = parents.find((p) => p.userId === offered!.familyUserId)!;
    const late = await family.post(`/family/bookings/${offered!.id}/accept`, { revision: offered!.revision });
    expect(late.json().code).toBe('BOOKING_OFFER_EXPIRED');
    expect(await expireOffers(t.database.db)).toEqual({ expired: 1 });
    expect((await stateOf(offered!.id)).state).toBe('expired');
    expect((await stateOf(nextInLine.id)).state).toBe('offered');
    const expiredTexts = await t.database.db.select().from(smsOutbox).where(eq(smsOutbox.template, 'notice.bookingOfferExpired'));
    expect(expiredTexts).toHaveLength(2);
    // Declining the offer frees the place again; nobody is waiting now.
    const now = await stateOf(nextInLine.id);
    const declined = await parents.find((p) => p.userId === now.familyUserId)!.post(`/family/bookings/${now.id}/decline`, { revision: now.revision });
    expect(declined.json().state).toBe('offerDeclined');
    expect((await director.get(`/institutions/${sunny.id}/class-places`)).json().items[0]).toMatchObject({ held: 1, vacancies: 1 });
  });

  it('lets the institution decline with a reason the family reads', async () => {
    const family = parents[3]!;
    const child = await addChild(family, '小拒', 13);
    const booking = await book(family, child, sunny.id);
    expect((await director.post(`/bookings/${booking.id}/decline`, { revision: booking.revision, reason: '' })).statusCode).toBe(400);
    const declined = await director.post(`/bookings/${booking.id}/decline`, { revision: booking.revision, reason: '入托日期班级已满' });
    expect(declined.json()).toMatchObject({ state: 'declined', declineReason: '入托日期班级已满' });
    const again = await director.post(`/bookings/${booking.id}/offer`, { classId: toddlerClass(), revision: declined.json().revision });
    expect([again.json().code, again.json().detail]).toEqual(['BOOKING_STATE_INVALID', '预约当前状态为“机构已婉拒”，不能进行此操作。']);
    expect((await familyView(family, booking.id)).declineReason).toBe('入托日期班级已满');
  });

  it('runs visits: slots, booking up to capacity, cancelling, completion that makes the family eligible to rate', async () => {
    const [a, b, c] = parents as [Caller, Caller, Caller];
    const startsAt = new Date(Date.now() + 86_400_000).toISOString();
    const endsAt = new Date(Date.now() + 86_400_000 + 3_600_000).toISOString();
    expect((await director.post(`/institutions/${sunny.id}/visit-slots`, { startsAt: '2020-01-01T09:00:00+08:00', endsAt: '2020-01-01T10:00:00+08:00', capacity: 2 })).json().code).toBe('VISIT_SLOT_IN_PAST');
    expect((await director.post(`/institutions/${sunny.id}/visit-slots`, { startsAt: endsAt, endsAt: startsAt, capacity: 2 })).statusCode).toBe(400);
    const slot = (await director.post(`/institutions/${sunny.id}/visit-slots`, { startsAt, endsAt, capacity: 2, note: '请从东门进' })).json();
    expect((await otherDirector.post(`/institutions/${sunny.id}/visit-slots`, { startsAt, endsAt, capacity: 2 })).statusCode).toBe(404);
    const visitOf = async (family: Caller) => family.post('/family/visits', { slotId: slot.id });
    const first = await visitOf(a);
    expect([first.statusCode, first.json().state]).toEqual([201, 'booked']);
    expect((await visitOf(a)).json().code).toBe('VISIT_ALREADY_BOOKED');
    expect((await visitOf(b)).statusCode).toBe(201);
    expect((await visitOf(c)).json().code).toBe('VISIT_SLOT_FULL');
    const seen = (await c.get(`/family/institutions/${sunny.id}/visit-slots`)).json().items[0];
    expect(seen).toMatchObject({ capacity: 2, booked: 2, myVisitId: null, visits: [] });
    const bVisit = (await b.get('/family/visits')).json().items[0];
    expect((await a.post(`/family/visits/${bVisit.id}/cancel`)).statusCode).toBe(404);
    expect((await b.post(`/family/visits/${bVisit.id}/cancel`)).json().state).toBe('cancelled');
    expect((await visitOf(c)).statusCode).toBe(201);
    const listed = (await director.get(`/institutions/${sunny.id}/visit-slots`)).json().items[0];
    expect(listed.visits.map((v: { state: string }) => v.state)).toEqual(['booked', 'cancelled', 'booked']);
    const aVisit = listed.visits[0];
    expect((await director.post(`/visits/${aVisit.id}/complete`)).json().code).toBe('VISIT_NOT_STARTED');
    expect(await canRate(t.database.db, c.userId, others[1]!.id)).toBe(false);
    // The slot has started (moved back an hour and a half): the visit can be marked completed.
    await t.database.db.update(visitSlots).set({ startsAt: new Date(Date.now() - 5_400_000), endsAt: new Date(Date.now() - 1_800_000) }).where(eq(visitSlots.id, slot.id));
    const cRated = await canRate(t.database.db, c.userId, sunny.id);
    expect((await director.post(`/visits/${listed.visits[2].id}/complete`)).statusCode).toBe(204);
    expect([cRated, await canRate(t.database.db, c.userId, sunny.id)]).toEqual([false, true]);
    expect((await c.get('/family/visits')).json().items[0].state).toBe('completed');
    expect((await t.database.db.select().from(smsOutbox).where(eq(smsOutbox.template, 'notice.visitCompleted'))).length).toBe(1);
    // Withdrawing a slot cancels its booked visits and tells the families.
    const later = (await director.post(`/institutions/${sunny.id}/visit-slots`, { startsAt, endsAt, capacity: 5 })).json();
    expect((await b.post('/family/visits', { slotId: later.id })).statusCode).toBe(201);
    expect((await director.post(`/visit-slots/${later.id}/withdraw`)).statusCode).toBe(204);
    expect((await b.get('/family/visits')).json().items.find((v: { startsAt: string; state: string }) => v.state === 'cancelled' && v.startsAt === later.startsAt)).toBeTruthy();
    expect((await b.post('/family/visits', { slotId: later.id })).json().code).toBe('VISIT_SLOT_CLOSED');
  });
});
