import type { Recorder } from './recorder';

/** The principal who made the sheet, Setup and its triggers unless a test says otherwise. */
export const DEFAULT_USER = 'hieutruong@example.edu.vn';

/**
 * Who an execution runs as. Installable triggers "run under the account of the person who
 * created them" (https://developers.google.com/apps-script/guides/triggers/installable), so a
 * trigger's execution runs as its creator, a menu run as whoever clicked. Tests set `current`
 * (another editor opening the sheet) or run code `as` someone; ScriptApp runs a trigger's
 * handler as its owner.
 */
export class FakeUsers {
  current = DEFAULT_USER;
  /** True while a trigger's execution runs (the active user is then not known, see FakeSession). */
  inTrigger = false;

  /** Runs fn as `email` (a trigger's run when `trigger`), then puts the previous user back. */
  as<T>(email: string, fn: () => T, trigger = false): T {
    const saved = { current: this.current, inTrigger: this.inTrigger };
    this.current = email;
    this.inTrigger = trigger;
    try {
      return fn();
    } finally {
      this.current = saved.current;
      this.inTrigger = saved.inTrigger;
    }
  }
}

/** A Session.User: only the email, which is all Apps Script's User class offers beyond getUserLoginId. */
class FakeUser {
  constructor(
    private readonly rec: Recorder,
    private readonly email: string,
  ) {}

  getEmail(): string {
    this.rec.hit('User.getEmail');
    return this.email;
  }
}

/**
 * Session: the script's zone and the users
 * (https://developers.google.com/apps-script/reference/base/session).
 * - getEffectiveUser(): "the user under whose authority the script is running" — the clicker in
 *   a menu run, the trigger's creator in a trigger's run.
 * - getActiveUser(): "If security policies do not allow access to the user's identity,
 *   User.getEmail() returns a blank string"; for consumer accounts it is not available in a
 *   trigger's run, so the fake gives '' there (never more than Apps Script would tell).
 */
export class FakeSession {
  constructor(
    private readonly rec: Recorder,
    readonly scriptTimeZone: string,
    readonly users: FakeUsers = new FakeUsers(),
  ) {}

  getScriptTimeZone(): string {
    this.rec.hit('Session.getScriptTimeZone');
    return this.scriptTimeZone;
  }

  getEffectiveUser(): FakeUser {
    this.rec.hit('Session.getEffectiveUser');
    return new FakeUser(this.rec, this.users.current);
  }

  getActiveUser(): FakeUser {
    this.rec.hit('Session.getActiveUser');
    return new FakeUser(this.rec, this.users.inTrigger ? '' : this.users.current);
  }
}
