import type { ColumnSpec } from './types';

/** The system column that receives validation findings, the same in every tab that has one. */
export const findingsColumn = <K extends string>(key: K): ColumnSpec<K> => ({
  key,
  header: 'Kết quả kiểm tra',
  aliases: ['Findings', 'Kiểm tra'],
  type: 'text',
  required: false,
  system: true,
  width: 320,
  help: 'Do hệ thống ghi khi chạy "Kiểm tra kế hoạch". Không cần sửa ô này.',
});
