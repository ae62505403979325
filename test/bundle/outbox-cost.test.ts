import { beforeAll, describe, expect, it } from 'vitest';
import { enqueueEntries } from '../../src/app/outbox/outbox-store';
import { localDateTime } from '../../src/core/cell';
import { mailEntry } from '../../src/core/outbox/enqueue';
import { tablesOn } from '../gas/adapter-on-fakes';
import { bundleCode, loadBundle } from './load-bundle';

/**
 * The drain's cost in service calls through dist/Code.js: two reads of the ledger (to mark the
 * batch, then, without the lock in between, to record it) and a fixed number of block writes,
 * whatever the ledger's length
 * (docs/ARCHITECTURE.md, section 5).
 */
let code = '';
beforeAll(async () => {
  code = await bundleCode();
});

function callsToDrain(entries: number): Record<string, number> {
  const bundle = loadBundle(code, { mail: { dailyQuota: 20 } });
  const tables = tablesOn(bundle.fakes);
  const now = localDateTime(2021, 9, 30, 8, 0);
  enqueueEntries(
    tables,
    Array.from({ length: entries }, (_, i) =>
      mailEntry(
        {
          key: `invite-mail:NS${i}:2021`,
          to: [`nguoi${i}@example.edu.vn`],
          mail: { subject: 'Thư mời', text: 'Kính gửi', html: '<p>Kính gửi</p>' },
        },
        now,
      ),
    ),
  );
  bundle.fakes.rec.reset();
  bundle.call('drainOutbox');
  expect(bundle.fakes.mail.sent).toHaveLength(20);
  return bundle.fakes.rec.snapshot();
}

describe('drainOutbox in the vm', () => {
  it('costs the same service calls for 100 and 5,000 ledger rows', () => {
    const small = callsToDrain(100);
    expect(callsToDrain(5000)).toEqual(small);
    expect(small['Range.getValues']).toBe(2);
    expect(small['Range.setValues']).toBeLessThanOrEqual(2);
  });
});
