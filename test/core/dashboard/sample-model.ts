import type { DashboardModel } from '../../../src/core/dashboard/dashboard-model';

/** A model with something in every section, every text given by `text` (hostile in the property). */
export function sampleModel(
  text: (slot: string) => string = (slot) => slot,
  at = '2021-09-30T10:00',
): DashboardModel {
  return {
    language: 'vi',
    school: text('school'),
    at,
    week: { start: '2021-10-01T00:00', end: '2021-10-07T00:00' },
    findings: {
      errors: 1,
      warnings: 2,
      shown: [
        { severity: 'error', tab: text('tab'), cell: 'B5', text: text('finding'), href: text('href') },
        {
          severity: 'warning',
          tab: 'Hoạt động',
          cell: 'F10',
          text: text('finding2'),
          href: 'https://docs.google.com/spreadsheets/d/x/edit#gid=0&range=F10',
        },
      ],
    },
    opening: {
      target: 50,
      registered: { count: 20, total: 38 },
      present: { count: 10, total: 38 },
      groups: [{ group: text('group'), registered: { count: 3, total: 3 }, present: { count: 1, total: 3 } }],
    },
    sessions: [{ id: 'HD06', title: text('session'), capacity: 80, seated: 31, waiting: 0 }],
    classes: {
      classes: [
        { kind: 'class', name: text('class'), families: 10, answered: 7 },
        { kind: 'unlisted', name: text('unlisted'), families: 0, answered: 1 },
      ],
      unclassedAnswers: 2,
    },
    nominations: { total: 4, withoutConsent: 1, byStatus: [{ status: text('status'), count: 4 }] },
    results: { activities: [{ id: 'HD01', title: text('activity'), outcome: text('outcome') }], flagged: 1 },
    outbox: { byState: [{ state: 'chờ gửi', count: 3 }], outlook: [text('outlook')] },
    runs: {
      latest: [
        { action: text('action'), at: text('at'), outcome: text('runOutcome'), detail: text('detail') },
      ],
      errors: [
        {
          action: 'Kiểm tra kế hoạch',
          at: '2021-09-28T08:05',
          outcome: 'Có lỗi',
          detail: text('errorDetail'),
        },
      ],
      errorCount: 1,
    },
  };
}
