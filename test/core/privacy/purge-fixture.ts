import type { Cell, Grid } from '../../../src/core/cell';
import { localDateTime } from '../../../src/core/cell';
import { rawRecord } from '../../../src/core/forms/response-rows';
import type { PurgeInput } from '../../../src/core/privacy';
import {
  ATTENDANCE_TABLE,
  FAMILIES_TABLE,
  NOMINATIONS_TABLE,
  OUTBOX_TABLE,
  PEOPLE_TABLE,
  RAW_RESPONSES_TABLE,
  TRAINING_SIGNUPS_TABLE,
} from '../../../src/core/schema/tables';
import type { TableSpec } from '../../../src/core/schema/types';
import { defaultHeader, mapHeader, recordToRow } from '../../../src/core/table';

/** Small hand-made tabs holding families' data, as the sheet stores them (header row first). */

export interface Family {
  id: string;
  name: string;
  email: string;
  child: string;
  phone: string;
}
export interface Staff {
  id: string;
  name: string;
  email: string;
}
export interface Nomination {
  by: Family | Staff;
  family: Family;
  consent: boolean;
}
export interface Signup {
  who: Family | Staff;
  parent: boolean;
}
/** An answer to the opening's attendance form: a staff member's, or a parent's with the child's class. */
export interface Opener {
  who: Family | Staff;
  present: boolean;
  childClass?: string;
}

export const PHONE_HEADER = 'Số điện thoại';

function tab(spec: TableSpec, records: Record<string, Cell>[], extra: string[] = []): Grid {
  const header = [...defaultHeader(spec), ...extra];
  const map = mapHeader(spec, header);
  return [header, ...records.map((r) => recordToRow(map, r))];
}

export function buildInput(
  staff: readonly Staff[],
  families: readonly Family[],
  nominations: readonly Nomination[],
  signups: readonly Signup[],
  openers: readonly Opener[] = [],
): PurgeInput {
  const at = localDateTime(2021, 10, 4, 9, 0);
  const famGrid = tab(
    FAMILIES_TABLE,
    families.map((f) => ({
      id: f.id,
      parentName: f.name,
      email: f.email,
      child: f.child,
      className: 'Mầm 1',
    })),
    [PHONE_HEADER],
  );
  // The principal's own column: a phone number per family.
  families.forEach((f, i) => (famGrid[i + 1]![famGrid[0]!.length - 1] = f.phone));
  const raw: Record<string, Cell>[] = [];
  const noms = nominations.map((n, i) => {
    const id = `nom-${i}`;
    raw.push(
      rawRecord('nomination', id, {
        timestamp: at,
        email: n.by.email,
        answers: {
          'Họ và tên': n.by.name,
          'Họ tên người đại diện gia đình': n.family.name,
          'Họ tên trẻ': n.family.child,
          'Đồng ý chia sẻ với Hội khuyến học phường': n.consent ? 'Đồng ý' : 'Không đồng ý',
        },
      }).record,
    );
    return {
      responseId: id,
      submittedAt: at,
      email: n.by.email,
      name: n.by.name,
      family: n.family.name,
      child: n.family.child,
      consent: n.consent ? 'có' : 'không',
      status: 'mới',
    };
  });
  const training = signups.map((s, i) => {
    const id = `tr-${i}`;
    const who = s.parent ? 'Phụ huynh' : 'CB-GV-NV';
    raw.push(
      rawRecord('training', id, {
        timestamp: at,
        email: s.who.email,
        answers: {
          'Họ và tên': s.who.name,
          'Bạn là': who,
          'Buổi tập huấn / nói chuyện muốn tham gia': ['[HD10] Nói chuyện'],
        },
      }).record,
    );
    return {
      responseId: id,
      submittedAt: at,
      email: s.who.email,
      name: s.who.name,
      who,
      sessions: '[HD10] Nói chuyện',
      seats: 'HD10: có chỗ',
    };
  });
  const attendance = openers.map((o, i) => {
    const id = `op-${i}`;
    const intent = o.present ? 'Điểm danh có mặt' : 'Đăng ký tham dự';
    raw.push(
      rawRecord('attendance', id, {
        timestamp: at,
        email: o.who.email,
        answers: {
          'Họ và tên': o.who.name,
          ...(o.childClass ? { 'Lớp của con (phụ huynh)': o.childClass } : {}),
          'Bạn muốn': intent,
          'Hình thức tham dự': 'Trực tiếp',
        },
      }).record,
    );
    return {
      responseId: id,
      submittedAt: at,
      email: o.who.email,
      name: o.who.name,
      ...(o.childClass ? { childClass: o.childClass } : { group: 'Tổ Toán' }),
      intent,
      mode: 'Trực tiếp',
    };
  });
  const outbox = [
    ...families.map((f) => ({
      key: `invite-family-mail:${f.id}:2021`,
      kind: 'mail',
      recipients: f.email,
      subject: 'Thư mời',
      payload: JSON.stringify({ text: `Kính gửi ${f.name}` }),
      state: 'đã gửi',
      attempts: 1,
    })),
    ...staff.map((p) => ({
      key: `invite-mail:${p.id}:2021`,
      kind: 'mail',
      recipients: p.email,
      subject: 'Thư mời',
      payload: JSON.stringify({ text: `Kính gửi ${p.name}` }),
      state: 'chờ gửi',
      attempts: 0,
    })),
    // The confirmation of each nomination, to whoever sent it (staff included), names the family.
    ...nominations.map((n, i) => ({
      key: `confirm-mail:nom-${i}`,
      kind: 'mail',
      recipients: n.by.email,
      subject: 'Xác nhận đề cử',
      payload: JSON.stringify({ text: `Gia đình ${n.family.name}, bé ${n.family.child}` }),
      state: 'đã gửi',
      attempts: 1,
    })),
    ...signups
      .filter((s) => s.parent)
      .map((s, i) => ({
        key: `promote:HD10:${s.who.email}:tr-${i}`,
        kind: 'mail',
        recipients: s.who.email,
        subject: 'Đã có chỗ',
        payload: JSON.stringify({ text: `Kính gửi ${s.who.name}` }),
        state: 'chờ gửi',
        attempts: 0,
      })),
  ];
  return {
    people: tab(
      PEOPLE_TABLE,
      staff.map((p) => ({ id: p.id, name: p.name, email: p.email, role: 'GV', active: 'có' })),
    ),
    families: famGrid,
    nominations: tab(NOMINATIONS_TABLE, noms),
    trainingSignups: tab(TRAINING_SIGNUPS_TABLE, training),
    attendance: tab(ATTENDANCE_TABLE, attendance),
    rawResponses: tab(RAW_RESPONSES_TABLE, raw),
    outbox: tab(OUTBOX_TABLE, outbox),
  };
}
