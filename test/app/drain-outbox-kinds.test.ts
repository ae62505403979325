import { describe, expect, it } from 'vitest';
import { drainOutbox } from '../../src/app/outbox/drain-outbox';
import { editLedgerCell, queueInvitations, statesByKey } from '../support/fault-ledger';
import { FaultWorld, seededRandom } from '../support/fault-world';

const START = Date.UTC(2021, 8, 28, 1, 0);

describe('drainOutbox and calendar entries', () => {
  it('leaves calendar work to the calendar sync: never sends it, never marks it for review', () => {
    const w = new FaultWorld(
      START,
      { transientRate: 0, quotaErrorRate: 0, sendMs: [200, 200], dailyQuota: 100 },
      seededRandom(1),
    );
    queueInvitations(w.tables, 3);
    // Two of the rows become calendar work, one of them caught mid-way by a killed sync.
    editLedgerCell(w.tables, 'invite-mail:NS0002:2021', 'Loại', 'calendar');
    editLedgerCell(w.tables, 'invite-mail:NS0003:2021', 'Loại', 'calendar');
    editLedgerCell(w.tables, 'invite-mail:NS0003:2021', 'Trạng thái', 'đang gửi');

    const result = drainOutbox(w.ports());

    expect(result.sent).toBe(1);
    expect(result.needsReview).toBe(0);
    expect(w.delivered.map((m) => m.key)).toEqual(['invite-mail:NS0001:2021']);
    expect(statesByKey(w.tables)).toEqual({
      'invite-mail:NS0001:2021': 'đã gửi',
      'invite-mail:NS0002:2021': 'chờ gửi',
      'invite-mail:NS0003:2021': 'đang gửi',
    });
    // Waiting calendar work does not keep a mail continuation trigger alive.
    expect(w.pendingContinuations).toBe(0);
  });
});
