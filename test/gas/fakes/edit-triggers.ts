import type { FakeClock } from './clock';
import type { DailyQuotas } from './daily-quotas';
import type { Recorder } from './recorder';
import type { FakeRange } from './range';
import { FakeScriptApp, type FakeTrigger } from './script-app';
import type { FakeSheet } from './sheet';
import { FakeUtilities } from './services';
import type { FakeUsers } from './users';

/**
 * Installable spreadsheet edit triggers (`ScriptApp.newTrigger(h).forSpreadsheet(ss).onEdit()`)
 * on top of the ScriptApp fake, and `Utilities.newBlob` for mail attachments. Kept apart from
 * script-app.ts and services.ts while those are edited in parallel; may be folded into them.
 */
export class FakeScriptAppWithEdits extends FakeScriptApp {
  constructor(rec: Recorder, clock: FakeClock, zone: string, users?: FakeUsers, quotas?: DailyQuotas) {
    super(rec, clock, zone, users, quotas);
  }

  override newTrigger(functionName: string) {
    const base = super.newTrigger(functionName);
    return {
      ...base,
      forSpreadsheet: (sheet: string | { getId(): string }) => {
        const id = typeof sheet === 'string' ? sheet : sheet.getId();
        let edit = false;
        const builder = {
          onEdit: () => {
            edit = true;
            return builder;
          },
          create: (): FakeTrigger => {
            if (!edit) throw new Error('the fake supports onEdit spreadsheet triggers only');
            return this.add(functionName, 'ON_EDIT', id, undefined);
          },
        };
        return builder;
      },
    };
  }

  /** Edit triggers installed for a spreadsheet. */
  editTriggers(spreadsheetId: string): FakeTrigger[] {
    return this.triggers.filter((t) => t.eventType === 'ON_EDIT' && t.sourceId === spreadsheetId);
  }
}

/**
 * The event object of an installable edit trigger for `range` of `sheet`: `e.range.getSheet()`
 * counts a call as Apps Script's does (FakeRange itself has no getSheet).
 */
export function editEvent(rec: Recorder, sheet: FakeSheet, range: FakeRange, value?: unknown): unknown {
  const withSheet = Object.create(range) as FakeRange & { getSheet(): FakeSheet };
  withSheet.getSheet = () => {
    rec.hit('Range.getSheet');
    return sheet;
  };
  return { authMode: 'FULL', range: withSheet, value, triggerUid: 'edit' };
}

/**
 * A blob as Utilities.newBlob makes it: from text (the bytes as text) or from a Byte[] (Java's
 * bytes, -128…127: anything else throws, as Apps Script cannot convert it), a content type and
 * a name.
 */
export class FakeBlob {
  readonly bytes?: Uint8Array;
  constructor(
    readonly data: string,
    readonly contentType: string,
    readonly name: string,
    bytes?: readonly number[],
  ) {
    if (bytes) {
      if (!bytes.every((b) => Number.isInteger(b) && b >= -128 && b <= 127))
        throw new Error('Cannot convert Array to Byte[].');
      this.bytes = Uint8Array.from(bytes, (b) => b & 0xff);
    }
  }

  getBytes(): number[] {
    return this.bytes
      ? Array.from(this.bytes, (b) => (b > 127 ? b - 256 : b))
      : [...this.data].map((c) => c.charCodeAt(0));
  }

  getDataAsString(): string {
    return this.data;
  }
  getContentType(): string {
    return this.contentType;
  }
  getName(): string {
    return this.name;
  }
  getBlob(): FakeBlob {
    return this;
  }
}

export class FakeUtilitiesWithBlobs extends FakeUtilities {
  constructor(
    private readonly recorder: Recorder,
    clock?: FakeClock,
  ) {
    super(recorder, clock);
  }

  newBlob(data: string | number[], contentType = '', name = ''): FakeBlob {
    this.recorder.hit('Utilities.newBlob');
    return Array.isArray(data)
      ? new FakeBlob('', contentType, name, data)
      : new FakeBlob(String(data), contentType, name);
  }
}
