import { describe, expect, it } from 'vitest';
import { calendarDiff, desiredEvents, lateGuestMail } from '../../../src/core/calendar';
import { eventChangeMail } from '../../../src/core/calendar/change-mail';
import { eventDescription } from '../../../src/core/calendar/description';
import type { Settings } from '../../../src/core/plan';
import { activity, plan, SETTINGS, staff } from './plan-fixture';

const EN: Settings = { ...SETTINGS, language: 'en' };
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

describe('the calendar in English', () => {
  const activities = [activity({ id: 'HD04', title: 'Opening' })];
  const people = staff(3, 'Group A');

  it('describes the operations in English', () => {
    const { events } = desiredEvents(plan(activities, people), EN);
    const ops = calendarDiff({ desired: events, known: new Map(), untouchable: new Set(), language: 'en' });
    expect(ops[0]?.description).toMatch(/^Create event HD04 ‘Opening’ .+, \d+ guests?$/);
    expect(ops[0]?.description).not.toMatch(VIETNAMESE);
  });

  it('writes the guests’ mails and the event description in English', () => {
    const { events } = desiredEvents(plan(activities, people), EN);
    const event = events.get('HD04')!;
    const invite = lateGuestMail(event, EN, 'An');
    expect(invite.subject).toMatch(/^Invitation: Opening – /);
    expect(invite.text).toContain('Dear An,');
    const changed = eventChangeMail('updated', event, EN);
    expect(changed.subject).toMatch(/^Updated: Opening/);
    expect(changed.text).toContain('Dear colleague,');
    const description = eventDescription(activities[0]!, EN);
    expect(description).toContain('An activity of the Lifelong Learning Week');
  });

  it('stays Vietnamese with a Vietnamese plan', () => {
    const { events } = desiredEvents(plan(activities, people), SETTINGS);
    const ops = calendarDiff({ desired: events, known: new Map(), untouchable: new Set() });
    expect(ops[0]?.description).toMatch(/^Tạo sự kiện HD04 ‘Opening’ .+, \d+ khách mời$/);
  });
});
