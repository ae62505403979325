import { beforeAll, describe, expect, it } from 'vitest';
import { sampleRoster } from '../../src/core/seed';
import { ACTIVITIES_TABLE } from '../../src/core/schema/tables';
import { editEvent, type FakeForm } from '../gas/fakes';
import { bundleCode, loadBundle, type LoadedBundle } from './load-bundle';
import { mailFamiliesInSheet, pasteSampleRoster } from './sheet-view';

/**
 * After the purge, nothing the product keeps can bring a family back, through dist/Code.js in
 * the bare vm: the week is played with the families invited and parents seated in trainings
 * (late guests of the calendar), the purge trigger fires past week end + 90 days, the principal
 * edits "Hoạt động" (the edit trigger schedules the sync and the drain), and every mail MailApp
 * sends from then on is checked: none to a purged family, none to a pseudonym. The properties
 * hold no family address, and the forms no family response.
 */
let code = '';
beforeAll(async () => {
  code = await bundleCode();
});

const HOUR = 3600_000;
/** 00:00 on 06/01/2022 in Hồ Chí Minh City: the purge is due (07/10/2021 + 90 days). */
const PURGE_DUE = Date.parse('2022-01-05T17:00:00Z');

const FAMILIES = new Set(
  sampleRoster()
    .families.map((f) => String(f.email ?? '').toLowerCase())
    .filter((e) => e !== ''),
);
const PARENTS = [...FAMILIES].slice(0, 6);

const isFamilyOrPseudonym = (address: string): boolean =>
  address
    .split(',')
    .map((a) => a.trim().toLowerCase())
    .some((a) => FAMILIES.has(a) || a.endsWith('.invalid'));

const trainingForm = (b: LoadedBundle): FakeForm =>
  b.fakes.formApp.forms.find((f) => f.item('Bạn là') !== undefined)!;

/** Parents sign up for the first session the training form offers (seated: late guests). */
function parentsSignUp(b: LoadedBundle, emails: readonly string[]): void {
  const form = trainingForm(b);
  const session = form.item('Buổi tập huấn / nói chuyện muốn tham gia')!.choices[0]!;
  for (const [i, email] of emails.entries()) {
    const response = b.fakes.formApp.respond(form, email, {
      'Họ và tên': `Phụ huynh ${i + 1}`,
      'Bạn là': 'Phụ huynh',
      'Buổi tập huấn / nói chuyện muốn tham gia': [session],
    });
    b.fakes.deliverFormSubmit(form, response);
  }
  b.fakes.scriptApp.runUntil(b.fakes.clock.nowMs + 15 * 60_000);
}

/** A principal's edit of an activity's cell, then every installed edit trigger. */
function edit(b: LoadedBundle, activityId: string, header: string, value: unknown): void {
  const sheet = b.fakes.spreadsheet.sheet(ACTIVITIES_TABLE.name)!;
  const rows = sheet.dump();
  const col = rows[0]!.findIndex((c) => c?.value === header) + 1;
  const row = rows.findIndex((r) => r[0]?.value === activityId) + 1;
  expect(col * row, `${activityId} ${header}`).toBeGreaterThan(0);
  const range = sheet.getRange(row, col);
  range.setValues([[value]]);
  for (const trigger of b.fakes.scriptApp.editTriggers(b.fakes.spreadsheet.id))
    b.run(trigger.handler, editEvent(b.fakes.rec, sheet, range, value));
}

function week(): LoadedBundle {
  const bundle = loadBundle(code, { mail: { dailyQuota: 5000 } });
  bundle.call('setup');
  pasteSampleRoster(bundle.fakes.spreadsheet, { families: true });
  mailFamiliesInSheet(bundle.fakes.spreadsheet); // families are mailed: the purge must stop it
  // A response tab an older version linked: Google appends every answer to it.
  trainingForm(bundle).setDestination('SPREADSHEET', bundle.fakes.spreadsheet.id);
  bundle.call('sendInvitations');
  bundle.call('syncCalendar');
  parentsSignUp(bundle, PARENTS);
  bundle.fakes.scriptApp.runUntil(bundle.fakes.clock.nowMs + 2 * HOUR);
  return bundle;
}

describe('after the purge, in the vm', () => {
  it('an edit of "Hoạt động" syncs and drains, and no mail goes to a purged family or a pseudonym', () => {
    const bundle = week();
    const { mail, calendarApp, properties, scriptApp, spreadsheet } = bundle.fakes;
    // The week did reach the families: the test would see a mail to one.
    expect(mail.sent.filter((m) => isFamilyOrPseudonym(m.to)).length).toBeGreaterThan(0);
    const lateGuests = calendarApp.liveEvents().filter((e) => PARENTS.some((p) => [...e.guests].includes(p)));
    expect(lateGuests.length).toBeGreaterThan(0);
    const responseTab = trainingForm(bundle).destinationSheet!;
    expect(responseTab.dump().length).toBe(1 + PARENTS.length);

    bundle.fakes.clock.nowMs = PURGE_DUE + HOUR / 2;
    expect(scriptApp.runUntil(PURGE_DUE + 3 * HOUR)).toContain('purgePersonalData');
    const sentBefore = mail.sent.length;
    const toldBefore = calendarApp.cancellations.length;
    // An event that lists families is cancelled after the purge: Google tells every guest it
    // lists, so the families must be off its list first.
    const familyEvent = lateGuests[0]!.tags.get('activityId')!;
    const familyEventId = lateGuests[0]!.id;

    edit(bundle, 'HD04', 'Địa điểm', 'Phòng họp mới');
    edit(bundle, 'HD06', 'Địa điểm', 'Phòng họp mới');
    edit(bundle, 'HD09', 'Trạng thái', 'hủy');
    edit(bundle, familyEvent, 'Trạng thái', 'hủy');
    scriptApp.runUntil(bundle.fakes.clock.nowMs + 2 * HOUR);
    bundle.call('syncCalendar');
    bundle.call('drainOutbox');
    bundle.call('sendReminders');

    // The edits did reach the calendar: the sync ran after the purge.
    const hd04 = calendarApp.liveEvents().find((e) => e.tags.get('activityId') === 'HD04')!;
    expect(hd04.location).toBe('Phòng họp mới');
    const after = mail.sent.slice(sentBefore);
    expect(after.filter((m) => isFamilyOrPseudonym(m.to)).map((m) => m.to)).toEqual([]);
    // Google's cancellation reached no family: they were taken off the event before it went.
    const told = calendarApp.cancellations.slice(toldBefore);
    expect(told.map((c) => c.eventId)).toContain(familyEventId);
    expect(told.flatMap((c) => c.guests).filter((g) => isFamilyOrPseudonym(g))).toEqual([]);
    // No event lists a family any more, nor got a pseudonym as a guest.
    for (const event of calendarApp.liveEvents())
      expect([...event.guests].filter((g) => FAMILIES.has(g))).toEqual([]);
    for (const event of calendarApp.liveEvents())
      expect([...event.guests].filter((g) => g.endsWith('.invalid'))).toEqual([]);

    // No family address in the script properties; the store stays small.
    const stored = JSON.stringify([...properties.store]).toLowerCase();
    expect([...FAMILIES].filter((f) => stored.includes(f))).toEqual([]);
    expect(properties.totalBytes()).toBeLessThan(20 * 1024);

    // The forms keep no family response, and Google's response tab is gone.
    const training = trainingForm(bundle);
    expect(training.responses.filter((r) => FAMILIES.has(r.email.toLowerCase()))).toEqual([]);
    expect(spreadsheet.sheets.includes(responseTab)).toBe(false);
    expect(training.destinationId).toBeUndefined();
  });
});
