/**
 * The calendar's, the spreadsheet's and the script's zones against the school's (Settings
 * "Múi giờ"). Event times are always converted with the school's zone, so a mismatch never
 * moves an event; but a calendar in another zone shows guests other hours, and a sheet or
 * script in another zone shifts dates typed by hand: the principal should know.
 */
export interface ZonesSeen {
  readonly school: string;
  readonly calendar?: { readonly name: string; readonly zone: string };
  readonly spreadsheet?: string;
  readonly script?: string;
}

/** One Vietnamese line per zone that differs from the school's; none when all agree. */
export function zoneMismatches(zones: ZonesSeen): string[] {
  const lines: string[] = [];
  const { school, calendar, spreadsheet, script } = zones;
  if (calendar && calendar.zone !== school) {
    lines.push(
      `Cảnh báo múi giờ: lịch "${calendar.name}" dùng ${calendar.zone}, khác múi giờ của trường (${school}). ` +
        'Giờ các sự kiện vẫn đúng, nhưng lịch hiển thị theo múi giờ khác. Vào Google Lịch → Cài đặt của lịch → Múi giờ để sửa.',
    );
  }
  if (spreadsheet !== undefined && spreadsheet !== school) {
    lines.push(
      `Cảnh báo múi giờ: bảng tính dùng ${spreadsheet}, khác múi giờ của trường (${school}). Vào Tệp → Cài đặt → Múi giờ để sửa.`,
    );
  }
  if (script !== undefined && script !== school) {
    lines.push(
      `Cảnh báo múi giờ: Apps Script dùng ${script}, khác múi giờ của trường (${school}). Sửa "timeZone" trong appsscript.json.`,
    );
  }
  return lines;
}
