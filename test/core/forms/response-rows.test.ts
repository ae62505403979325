import { describe, expect, it } from 'vitest';
import { localDateTime } from '../../../src/core/cell';
import {
  buildFormSpecs,
  confirmationDetails,
  formSpecOf,
  normalisedRecord,
  normaliseResponse,
  RAW_CHUNK,
  rawRecord,
  rawResponseFromRecord,
  startsLikeFormula,
  type RawResponse,
} from '../../../src/core/forms';
import { mapHeader, readTable, recordToRow, defaultHeader } from '../../../src/core/table';
import {
  NOMINATIONS_TABLE,
  RAW_RESPONSES_TABLE,
  TRAINING_SIGNUPS_TABLE,
} from '../../../src/core/schema/response-tables';
import { ACTIVITIES, plan } from './plan-fixture';

const context = { specs: buildFormSpecs(plan()), activities: ACTIVITIES };
const raw: RawResponse = {
  timestamp: localDateTime(2021, 10, 2, 9, 15),
  email: 'PH@gmail.com',
  answers: {
    'Họ và tên': '=HYPERLINK("http://x","y")',
    'Bạn là': 'Phụ huynh',
    'Buổi tập huấn / nói chuyện muốn tham gia': ['[HD05] Tập huấn', '[HD99] Đã xóa'],
    'Khóa học dài hạn bạn đăng ký theo học trong năm': ['-Học vẽ', 'Tin học'],
  },
};

describe('normalised rows', () => {
  it('puts every value under its column in the training tab, formula-safe, with reasons in Vietnamese', () => {
    const response = normaliseResponse('training', raw, context);
    const record = normalisedRecord(response, { seats: 'HD05: có chỗ' });
    const header = mapHeader(TRAINING_SIGNUPS_TABLE, defaultHeader(TRAINING_SIGNUPS_TABLE));
    const table = readTable(TRAINING_SIGNUPS_TABLE, [
      defaultHeader(TRAINING_SIGNUPS_TABLE),
      recordToRow(header, record),
    ]);
    const cells = table.rows[0]!.cells;
    expect(cells.email).toBe('ph@gmail.com');
    expect(cells.name).toBe(`'=HYPERLINK("http://x","y")`);
    expect(cells.sessions).toBe('[HD05] Tập huấn\n[HD99] Đã xóa');
    expect(cells.pledges).toBe("'-Học vẽ, Tin học");
    expect(cells.seats).toBe('HD05: có chỗ');
    expect(cells.problems).toContain('"[HD99] Đã xóa" không còn trong danh sách hoạt động');
    expect(cells.cleaning).toContain('đã thêm dấu');
    for (const cell of Object.values(cells)) {
      if (typeof cell === 'string') expect(startsLikeFormula(cell)).toBe(false);
    }
  });

  it('starts a new nomination as "mới" and writes consent as có/không', () => {
    const response = normaliseResponse(
      'nomination',
      { timestamp: raw.timestamp, answers: { 'Đồng ý chia sẻ với Hội khuyến học phường': 'Không đồng ý' } },
      context,
    );
    const record = normalisedRecord(response, { newRow: true });
    expect(record['consent']).toBe('không');
    expect(record['status']).toBe('mới');
    expect(normalisedRecord(response)['status']).toBeUndefined();
    expect(NOMINATIONS_TABLE.columns.map((c) => c.key)).toEqual(
      expect.arrayContaining(['status', 'reviewNote', 'sentOn', 'consent', 'problems']),
    );
  });
});

describe('the raw audit copy', () => {
  it('keeps the response exactly and reads it back', () => {
    const { record, overflow } = rawRecord('training', 'R1', raw, { source: 'CSV' });
    expect(overflow).toBe(false);
    expect(record['content2']).toBeNull();
    expect(rawResponseFromRecord(record)).toEqual(raw);
    expect(RAW_RESPONSES_TABLE.name).toBe('Phản hồi gốc');
  });

  it('splits long content across cells that never start with a formula character', () => {
    const long: RawResponse = { ...raw, answers: { 'Thành tích': '='.repeat(100_000) + 'ễ😀' } };
    const { record, overflow } = rawRecord('nomination', 'R2', long);
    expect(overflow).toBe(false);
    for (const key of ['content', 'content2', 'content3']) {
      const cell = record[key] as string;
      expect(cell.length).toBeLessThanOrEqual(RAW_CHUNK);
      expect(startsLikeFormula(cell)).toBe(false);
    }
    expect(rawResponseFromRecord(record)).toEqual(long);
  });

  it('says when even four cells cannot hold it', () => {
    const huge: RawResponse = { ...raw, answers: { x: 'a'.repeat(200_000) } };
    expect(rawRecord('nomination', 'R3', huge).overflow).toBe(true);
    expect(rawResponseFromRecord({ content: 'not json' })).toBeUndefined();
  });
});

describe('confirmation details', () => {
  it('repeats the answers in form order and says where the person stands', () => {
    const response = normaliseResponse('training', raw, context);
    const details = confirmationDetails(formSpecOf(context.specs, 'training'), response, [
      { sessionId: 'HD05', state: 'seated' },
      { sessionId: 'HD06', state: 'waitlisted', position: 2 },
    ]);
    expect(details).toEqual([
      ['Họ và tên', `'=HYPERLINK("http://x","y")`],
      ['Bạn là', 'Phụ huynh'],
      ['Buổi tập huấn / nói chuyện muốn tham gia', '[HD05] Tập huấn; [HD99] Đã xóa'],
      ['Khóa học dài hạn bạn đăng ký theo học trong năm', "'-Học vẽ; Tin học"],
      ['Chỗ HD05', 'đã có chỗ'],
      ['Chỗ HD06', 'danh sách chờ, vị trí số 2 – sẽ báo khi có chỗ'],
    ]);
  });
});
