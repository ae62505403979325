import { describe, expect, it } from 'vitest';
import type { DrainResult } from '../../src/app/outbox/drain-outbox';
import { printDrain } from '../../src/local/commands/mail-commands';

const result = (recovered: number): DrainResult => ({
  ran: true,
  sent: 2,
  deferred: 0,
  failed: 0,
  tooLate: 0,
  retrying: 0,
  needsReview: 1,
  recovered,
  remaining: 0,
  stoppedForTime: false,
  findings: [],
  message: 'Hộp thư đi: đã gửi 2 thư',
});

function printed(recovered: number): string[] {
  const lines: string[] = [];
  printDrain(
    { result: result(recovered) },
    { clock: { now: () => new Date(0) }, verbose: false, out: (l) => lines.push(l) },
  );
  return lines;
}

describe('learning-week drain output', () => {
  it('says how many mails of a cut-off run the send journal settled, only when there were some', () => {
    expect(printed(3)).toContain('Lần gửi trước bị ngắt: 3 thư đã được xác định lại theo nhật ký gửi');
    expect(printed(0).join('\n')).not.toMatch(/bị ngắt/);
    expect(printed(0)).toContain('Cần kiểm tra: 1');
  });
});
