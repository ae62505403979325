import { afterEach, describe, expect, it } from 'vitest';
import { hasFullConsent } from '../../src/gas/consent';
import { removeFakes, withFakes } from './fakes/with-fakes';

afterEach(removeFakes);

describe('hasFullConsent', () => {
  it('with every box ticked, lets the action run and shows nothing', () => {
    const fakes = withFakes();
    expect(hasFullConsent()).toBe(true);
    expect(fakes.ui!.alerts).toEqual([]);
  });

  it('with a box unticked, shows what to tick and stops', () => {
    const fakes = withFakes();
    fakes.scriptApp.consent.untick('https://www.googleapis.com/auth/forms');
    expect(hasFullConsent()).toBe(false);
    expect(fakes.ui!.alerts).toHaveLength(1);
    expect(fakes.ui!.alerts[0]!.prompt).toMatch(/ít nhất một ô đã bị bỏ trống/);
  });

  it('when Google cannot say, lets the action run (its own errors are reported)', () => {
    const fakes = withFakes();
    fakes.scriptApp.getAuthorizationInfo = () => {
      throw new Error('Service unavailable');
    };
    expect(hasFullConsent()).toBe(true);
  });
});

describe('the ScriptApp fake’s consent', () => {
  it('answers REQUIRED only in FULL mode and only while a scope lacks consent', () => {
    const fakes = withFakes();
    const { scriptApp } = fakes;
    expect(scriptApp.getAuthorizationInfo('FULL').getAuthorizationStatus()).toBe('NOT_REQUIRED');
    expect(scriptApp.getAuthorizationInfo('FULL').getAuthorizationUrl()).toBeNull();
    scriptApp.consent.untick('https://www.googleapis.com/auth/calendar');
    expect(scriptApp.getAuthorizationInfo('FULL').getAuthorizationStatus()).toBe('REQUIRED');
    expect(scriptApp.getAuthorizationInfo('LIMITED').getAuthorizationStatus()).toBe('NOT_REQUIRED');
    expect(scriptApp.getAuthorizationInfo('FULL').getAuthorizedScopes()).not.toContain(
      'https://www.googleapis.com/auth/calendar',
    );
  });

  it('a service whose scope lacks consent throws Apps Script’s error; the others work', () => {
    const fakes = withFakes();
    fakes.scriptApp.consent.untick('https://www.googleapis.com/auth/calendar');
    expect(() => fakes.calendarApp.getDefaultCalendar()).toThrow(
      /Specified permissions are not sufficient to call CalendarApp.getDefaultCalendar/,
    );
    expect(() => fakes.globals.SpreadsheetApp.getActiveSpreadsheet()).not.toThrow();
  });
});
