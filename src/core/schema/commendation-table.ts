import type { TableSpec } from './types';

/**
 * "Khen thưởng": the commendation proposal and the principal's decision on it. The system writes
 * the proposal rows (from the report's rule) and the state; the principal sets the decision and
 * may change the award or the reason. It is made when the proposal is first asked for, not by
 * Setup: a school that never commends anyone has no such tab.
 */
export const DECISIONS = ['đề nghị', 'đồng ý', 'không'] as const;
export type Decision = (typeof DECISIONS)[number];

export const AWARDS = ['giấy khen', 'giấy chứng nhận'] as const;
export type Award = (typeof AWARDS)[number];

export const NOMINEE_KINDS = ['cá nhân', 'tập thể'] as const;
export type NomineeKind = (typeof NOMINEE_KINDS)[number];

export const COMMENDATIONS_TABLE = {
  key: 'commendations',
  name: 'Khen thưởng',
  aliases: ['Commendations'],
  columns: [
    { key: 'id', header: 'Mã', aliases: ['Id'], type: 'id', required: true, system: true, width: 110 },
    {
      key: 'kind',
      header: 'Đối tượng',
      aliases: ['Kind'],
      type: 'choice',
      choices: NOMINEE_KINDS,
      required: true,
      width: 100,
    },
    {
      key: 'name',
      header: 'Họ tên / tập thể',
      aliases: ['Name'],
      type: 'text',
      required: true,
      width: 220,
    },
    { key: 'group', header: 'Tổ', aliases: ['Group'], type: 'text', required: false, width: 140 },
    { key: 'reason', header: 'Lý do', aliases: ['Reason'], type: 'text', required: false, width: 320 },
    {
      key: 'award',
      header: 'Hình thức',
      aliases: ['Award'],
      type: 'choice',
      choices: AWARDS,
      required: true,
      width: 130,
    },
    {
      key: 'decision',
      header: 'Quyết định',
      aliases: ['Decision'],
      type: 'choice',
      choices: DECISIONS,
      required: true,
      width: 110,
      help: 'Hiệu trưởng chọn: đề nghị (chưa quyết) / đồng ý / không.',
    },
    {
      key: 'state',
      header: 'Đã tạo',
      aliases: ['Generated'],
      type: 'text',
      required: false,
      system: true,
      width: 260,
      help: 'Do hệ thống ghi: quyết định, giấy khen đã tạo, hoặc lý do chưa tạo được.',
    },
  ],
} as const satisfies TableSpec;
