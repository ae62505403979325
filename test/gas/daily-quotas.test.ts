import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DailyQuotas } from './fakes/daily-quotas';
import {
  CALENDAR_RATE_ERROR,
  CALENDAR_RATE_ERROR_VI,
  CONSUMER_DAILY_QUOTAS,
  createGasFakes,
  DAILY_QUOTA_MESSAGES,
  DEFAULT_GUEST_CAP,
} from './fakes';

/**
 * The daily quotas of the fakes, as "Quotas for Google Services" states them
 * (developers.google.com/apps-script/guides/services/quotas): per user, counted over 24 hours
 * from the first request, refused past the limit in the account's language.
 */
const HOUR = 3600_000;

describe('daily quotas', () => {
  it('match the consumer account’s published limits', () => {
    expect(CONSUMER_DAILY_QUOTAS).toEqual({
      properties: 50_000,
      documents: 250,
      calendarEvents: 5_000,
      triggerMs: 90 * 60_000,
    });
  });

  it('allow exactly the limit within 24 hours of the first request, per user, then again once the window closed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.array(
          fc.record({ gapMin: fc.integer({ min: 0, max: 600 }), user: fc.integer({ min: 0, max: 2 }) }),
          {
            maxLength: 120,
          },
        ),
        (limit, requests) => {
          const clock = { nowMs: 0 };
          const users = { current: 'u0' };
          const quotas = new DailyQuotas(clock, users, { limits: { documents: limit } });
          // The model: each user's window opens at their first request after the last one closed.
          const opened = new Map<string, { at: number; used: number }>();
          for (const r of requests) {
            clock.nowMs += r.gapMin * 60_000;
            users.current = `u${r.user}`;
            let w = opened.get(users.current);
            if (!w || clock.nowMs >= w.at + 24 * HOUR)
              opened.set(users.current, (w = { at: clock.nowMs, used: 0 }));
            const allowed = w.used < limit;
            if (allowed) w.used++;
            let threw = false;
            try {
              quotas.charge('documents');
            } catch {
              threw = true;
            }
            if (threw === allowed) return false;
          }
          return true;
        },
      ),
      { numRuns: 300 },
    );
  });

  it('does not come back at midnight: a window opened at 23:00 still counts at 01:00', () => {
    const clock = { nowMs: Date.UTC(2021, 9, 4, 16, 0) }; // 23:00 in Hồ Chí Minh City
    const quotas = new DailyQuotas(clock, { current: 'a' }, { limits: { calendarEvents: 2 } });
    quotas.charge('calendarEvents');
    quotas.charge('calendarEvents');
    clock.nowMs += 2 * HOUR;
    expect(() => quotas.charge('calendarEvents')).toThrow(DAILY_QUOTA_MESSAGES.en.calendarEvents);
    clock.nowMs += 22 * HOUR;
    expect(() => quotas.charge('calendarEvents')).not.toThrow();
  });

  it('properties, documents and calendar events count on the services and refuse in the account’s language', () => {
    const fakes = createGasFakes({ quotas: { limits: { properties: 3, documents: 1, calendarEvents: 1 } } });
    fakes.faults.accountLanguage = 'vi';
    const props = fakes.globals.PropertiesService.getScriptProperties();
    props.setProperty('a', '1');
    props.getProperty('a');
    props.deleteProperty('a');
    expect(() => props.getProperty('a')).toThrow(DAILY_QUOTA_MESSAGES.vi.properties);
    fakes.documentApp.create('Báo cáo');
    expect(() => fakes.documentApp.create('Báo cáo 2')).toThrow(DAILY_QUOTA_MESSAGES.vi.documents);
    expect(fakes.documentApp.docs).toHaveLength(1);
    const calendar = fakes.calendarApp.getDefaultCalendar();
    const start = new Date(Date.UTC(2021, 9, 5, 0, 30));
    const end = new Date(Date.UTC(2021, 9, 5, 4, 0));
    calendar.createEvent('A', start, end);
    expect(() => calendar.createEvent('B', start, end)).toThrow(DAILY_QUOTA_MESSAGES.vi.calendarEvents);
    expect(calendar.live()).toHaveLength(1);
    // Another account has its own count.
    fakes.users.as('pho.hieutruong@example.edu.vn', () => calendar.createEvent('C', start, end));
    expect(calendar.live()).toHaveLength(2);
  });

  it('trigger runtime: 90 minutes a day per owner, then the owner’s triggers do not run', () => {
    const fakes = createGasFakes();
    const runs: string[] = [];
    fakes.scriptApp.invoke = (handler) => {
      runs.push(handler);
      fakes.clock.advance(50 * 60_000);
    };
    const trigger = fakes.scriptApp.add('drainOutbox', 'CLOCK', '', {
      kind: 'once',
      dueMs: fakes.clock.nowMs,
    });
    fakes.scriptApp.invokeAsOwner(trigger, {});
    fakes.scriptApp.invokeAsOwner(trigger, {});
    // 100 minutes spent: the third run is refused with Apps Script's error.
    fakes.scriptApp.invokeAsOwner(trigger, {});
    expect(runs).toHaveLength(2);
    expect(fakes.scriptApp.refusedRuns.map((r) => r.error)).toEqual([DAILY_QUOTA_MESSAGES.en.triggerMs]);
    fakes.clock.advance(24 * HOUR);
    fakes.scriptApp.invokeAsOwner(trigger, {});
    expect(runs).toHaveLength(3);
  });
});

describe('calendar events', () => {
  it('have ids shaped like Google’s iCalUIDs, distinct', () => {
    const fakes = createGasFakes();
    const calendar = fakes.calendarApp.getDefaultCalendar();
    const start = new Date(Date.UTC(2021, 9, 5, 0, 30));
    const end = new Date(Date.UTC(2021, 9, 5, 4, 0));
    const ids = Array.from({ length: 50 }, (_, i) => calendar.createEvent(`E${i}`, start, end).getId());
    for (const id of ids) expect(id).toMatch(/^[0-9a-v]{26}@google\.com$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('list at most the guest cap, at creation and by addGuest; the rate error comes in the account’s language', () => {
    const fakes = createGasFakes();
    fakes.faults.accountLanguage = 'vi';
    expect(fakes.calendarApp.guestCap).toBe(DEFAULT_GUEST_CAP);
    fakes.calendarApp.guestCap = 3;
    const calendar = fakes.calendarApp.getDefaultCalendar();
    const start = new Date(Date.UTC(2021, 9, 5, 0, 30));
    const end = new Date(Date.UTC(2021, 9, 5, 4, 0));
    const four = 'a@x.example,b@x.example,c@x.example,d@x.example';
    expect(() => calendar.createEvent('E', start, end, { guests: four })).toThrow(
      'Đã vượt quá giới hạn sử dụng Lịch.',
    );
    const event = calendar.createEvent('E', start, end, { guests: 'a@x.example,b@x.example,c@x.example' });
    event.addGuest('A@x.example'); // already listed: no change
    expect(() => event.addGuest('d@x.example')).toThrow('Đã vượt quá giới hạn sử dụng Lịch.');
    expect(event.guests).toEqual(['a@x.example', 'b@x.example', 'c@x.example']);
    fakes.calendarApp.rateLimit(1);
    expect(() => calendar.createEvent('F', start, end)).toThrow(CALENDAR_RATE_ERROR_VI);
    expect(CALENDAR_RATE_ERROR_VI).not.toBe(CALENDAR_RATE_ERROR);
  });
});
