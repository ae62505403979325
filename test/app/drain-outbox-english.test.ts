import { describe, expect, it } from 'vitest';
import { drainOutbox } from '../../src/app/outbox/drain-outbox';
import { entryByKey, queueInvitations } from '../support/fault-ledger';
import { FaultWorld, seededRandom } from '../support/fault-world';

const START = Date.UTC(2021, 8, 28, 1, 0);

function world(dailyQuota: number): FaultWorld {
  return new FaultWorld(
    START,
    { transientRate: 0, quotaErrorRate: 0, sendMs: [200, 200], dailyQuota },
    seededRandom(1),
  );
}

describe('drainOutbox in English', () => {
  it('writes its summary, its log and the last-error cells in English', () => {
    const w = world(1);
    queueInvitations(w.tables, 2);
    const result = drainOutbox(w.ports(), { language: 'en' });
    expect(result.message).toBe(
      '1 sent; 1 waiting for the quota to come back; 1 still waiting; the last waiting mail should go at Wednesday, 29/09/2021 08:00.',
    );
    expect(entryByKey(w.tables, 'invite-mail:NS0002:2021')?.lastError).toBe(
      'The sending quota is used up (it counts 24 hours from the first mail, not from midnight); the mail will go out when it comes back, expected Wednesday, 29/09/2021 08:00.',
    );
  });

  it('stays Vietnamese by default', () => {
    const w = world(1);
    queueInvitations(w.tables, 2);
    expect(drainOutbox(w.ports()).message).toBe(
      'đã gửi 1 thư; 1 thư chờ hạn mức được cấp lại; còn 1 thư chờ; thư cuối cùng đang chờ dự kiến đi lúc thứ Tư, 29/09/2021 08:00.',
    );
  });
});
