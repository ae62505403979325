import manifest from '../../../appsscript.json';
import type { Recorder } from './recorder';

/** Each service the bundle calls, by its entry point, and the manifest scope it needs. */
const SCOPE_OF: readonly [prefix: string, scope: string][] = [
  ['SpreadsheetApp.getUi', 'https://www.googleapis.com/auth/script.container.ui'],
  ['SpreadsheetApp.', 'https://www.googleapis.com/auth/spreadsheets.currentonly'],
  ['FormApp.', 'https://www.googleapis.com/auth/forms'],
  ['CalendarApp.', 'https://www.googleapis.com/auth/calendar'],
  ['DocumentApp.', 'https://www.googleapis.com/auth/documents'],
  ['MailApp.', 'https://www.googleapis.com/auth/script.send_mail'],
  ['ScriptApp.newTrigger', 'https://www.googleapis.com/auth/script.scriptapp'],
  ['ScriptApp.getProjectTriggers', 'https://www.googleapis.com/auth/script.scriptapp'],
  ['ScriptApp.deleteTrigger', 'https://www.googleapis.com/auth/script.scriptapp'],
  // https://developers.google.com/apps-script/reference/base/session#getEffectiveUser(): "Scripts
  // that use this method require authorization with … https://www.googleapis.com/auth/userinfo.email"
  ['Session.getEffectiveUser', 'https://www.googleapis.com/auth/userinfo.email'],
  ['Session.getActiveUser', 'https://www.googleapis.com/auth/userinfo.email'],
];

/**
 * What the principal granted on Google's consent screen, which has one checkbox per scope of
 * the manifest. By default every box is ticked; `untick` models a partial grant. As in Apps
 * Script, an execution still starts with a partial grant, and a call into a service whose scope
 * lacks consent throws (`check`, run before every recorded call).
 *
 * `info(authMode)` is `ScriptApp.getAuthorizationInfo(authMode)`:
 * https://developers.google.com/apps-script/reference/script/authorization-info
 * - getAuthorizationStatus(): REQUIRED while a scope lacks consent. Only FULL needs the user's
 *   consent ("no other authorization mode requires that users grant authorization"), so other
 *   modes answer NOT_REQUIRED.
 * - getAuthorizationUrl(): the consent screen's link, null when no authorization is required.
 * - getAuthorizedScopes(): the granted scopes of the manifest.
 */
export class FakeConsent {
  static readonly AuthMode = {
    NONE: 'NONE',
    CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
    LIMITED: 'LIMITED',
    FULL: 'FULL',
  } as const;
  static readonly AuthorizationStatus = { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' } as const;
  static readonly AUTHORIZATION_URL = 'https://script.google.com/macros/d/fake-script-id/authorize';

  readonly requested: readonly string[] = manifest.oauthScopes;
  private readonly unticked = new Set<string>();

  constructor(private readonly rec: Recorder) {}

  /** The principal left these boxes unticked. */
  untick(...scopes: string[]): void {
    for (const scope of scopes) {
      if (!this.requested.includes(scope)) throw new Error(`the manifest requests no ${scope}`);
      this.unticked.add(scope);
    }
  }

  /** The principal ticked "Chọn tất cả" and continued. */
  grantAll(): void {
    this.unticked.clear();
  }

  granted(): string[] {
    return this.requested.filter((scope) => !this.unticked.has(scope));
  }

  info(authMode: string) {
    const required = authMode === FakeConsent.AuthMode.FULL && this.unticked.size > 0;
    const rec = this.rec;
    const granted = this.granted();
    return {
      getAuthorizationStatus(): string {
        rec.hit('AuthorizationInfo.getAuthorizationStatus');
        return required
          ? FakeConsent.AuthorizationStatus.REQUIRED
          : FakeConsent.AuthorizationStatus.NOT_REQUIRED;
      },
      getAuthorizationUrl(): string | null {
        rec.hit('AuthorizationInfo.getAuthorizationUrl');
        return required ? FakeConsent.AUTHORIZATION_URL : null;
      },
      getAuthorizedScopes(): string[] {
        rec.hit('AuthorizationInfo.getAuthorizedScopes');
        return [...granted];
      },
    };
  }

  /** Throws Apps Script's error when `method` belongs to a service whose scope was not granted. */
  check(method: string): void {
    const scope = SCOPE_OF.find(([prefix]) => method.startsWith(prefix))?.[1];
    if (scope && this.unticked.has(scope)) {
      throw new Error(
        `Specified permissions are not sufficient to call ${method}. Required permissions: ${scope}`,
      );
    }
  }
}
