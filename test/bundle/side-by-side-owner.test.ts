import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closePools } from '../gas/fakes/side-by-side/channel';
import { createSideBySide } from '../gas/fakes/side-by-side/world';
import { DEFAULT_USER } from '../gas/fakes';
import { bundleCode } from './load-bundle';

/**
 * Two editors click "Thiết lập" at the same moment, side by side: the owner is claimed under the
 * script lock, so exactly one account ends with one set of triggers and the other is told who
 * owns the automation. Then the daily drain fires as its creator, not as whoever clicked last.
 */
let code = '';
beforeAll(async () => {
  code = await bundleCode();
}, 120_000);

afterAll(() => closePools());

const SECOND_EDITOR = 'pho.hieutruong@example.edu.vn';

describe('two editors running Setup at once', () => {
  it.each([0, 1])('ends with one owner and one set of triggers (tie broken %i)', (first) => {
    const world = createSideBySide(code, { choose: (count) => (first < count ? first : 0) });
    try {
      const { fakes } = world;
      fakes.users.current = DEFAULT_USER;
      world.start('setup');
      fakes.users.current = SECOND_EDITOR;
      world.start('setup');
      fakes.users.current = DEFAULT_USER;
      world.settle();

      expect(world.executions.map((e) => e.outcome)).toEqual(['ok', 'ok']);
      const owner = fakes.properties.store.get('automationOwner');
      expect([DEFAULT_USER, SECOND_EDITOR]).toContain(owner);
      const other = owner === DEFAULT_USER ? SECOND_EDITOR : DEFAULT_USER;
      expect(fakes.scriptApp.ownedBy(other)).toEqual([]);
      const handlers = fakes.scriptApp.ownedBy(owner!).map((t) => t.handler);
      expect(handlers.length).toBeGreaterThanOrEqual(8);
      expect(new Set(handlers.filter((h) => h !== 'processResponses')).size).toBe(
        handlers.filter((h) => h !== 'processResponses').length,
      );
      // The other run waited for the lock: it found the owner recorded, or gave up waiting; either
      // way it said so and installed nothing.
      const told = fakes.ui!.alerts.map((a) => a.prompt);
      expect(
        told.some(
          (p) => p.includes(`đang chạy dưới tài khoản ${owner}`) || p.includes('đang ghi vào bảng tính'),
        ),
        told.join('\n---\n'),
      ).toBe(true);

      // The daily drain runs as the trigger's creator: it sends as the owner and retires nothing.
      const drainAt = fakes.scriptApp.ownedBy(owner!).find((t) => t.handler === 'drainOutbox')!.nextMs!;
      world.runUntil(drainAt + 1);
      world.settle();
      const drains = world.executions.filter((e) => e.name === 'drainOutbox');
      expect(drains.map((e) => e.outcome)).toEqual(['ok']);
      expect(fakes.scriptApp.ownedBy(owner!).length).toBe(handlers.length);
    } finally {
      world.close();
    }
  });
});
