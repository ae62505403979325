import { formatLongDate, formatShortDate } from '../i18n/dates';
import type { ReportBlock } from './blocks';
import type { ReportFigures } from './figures';
import { moment, NO_DATA, NOT_FILLED, plain, PREVIEW_MARK } from './report-text';

/** The administrative header, the title, the preview banner, the basis and section I. */
export function headerBlocks(f: ReportFigures): ReportBlock[] {
  const s = f.plan.settings;
  const year = s?.year;
  const number = s?.reportNumber ? plain(s.reportNumber) : NOT_FILLED;
  const place = s?.place ? plain(s.place) : NOT_FILLED;
  const blocks: ReportBlock[] = [
    {
      kind: 'letterhead',
      left: [
        { text: s?.governingBody ? plain(s.governingBody).toUpperCase() : NOT_FILLED },
        { text: s?.school ? plain(s.school).toUpperCase() : NOT_FILLED, bold: true, underline: true },
        { text: `Số: ${number}` },
      ],
      right: [
        { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true },
        { text: 'Độc lập - Tự do - Hạnh phúc', bold: true, underline: true },
        { text: `${place}, ${formatLongDate(f.at)}`, italic: true },
      ],
    },
    { kind: 'heading', level: 0, number: '', text: 'BÁO CÁO' },
    {
      kind: 'paragraph',
      role: 'subtitle',
      align: 'center',
      runs: [
        {
          text: `Kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm ${year ?? NOT_FILLED}`,
          bold: true,
        },
      ],
    },
  ];
  if (f.preview) {
    const due = f.dueAt ? `; báo cáo chính thức lập lúc ${moment(f.dueAt)}` : '';
    blocks.push({
      kind: 'paragraph',
      role: 'preview',
      align: 'center',
      runs: [{ text: `${PREVIEW_MARK} (số liệu đến ${moment(f.at)}${due})`, bold: true, italic: true }],
    });
  }
  const basis = s?.basis ? plain(s.basis) : NO_DATA;
  blocks.push({ kind: 'paragraph', align: 'justify', runs: [{ text: `Căn cứ ${basis};`, italic: true }] });
  if (s?.planNumber) {
    blocks.push({
      kind: 'paragraph',
      align: 'justify',
      runs: [{ text: `Căn cứ Kế hoạch số ${plain(s.planNumber)} của ${plain(s.school)};`, italic: true }],
    });
  }
  blocks.push({
    kind: 'paragraph',
    align: 'justify',
    runs: [
      {
        text: `${s ? plain(s.school) : NOT_FILLED} báo cáo kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm ${
          year ?? NOT_FILLED
        } như sau:`,
      },
    ],
  });

  blocks.push({ kind: 'heading', level: 1, number: 'I.', text: 'CHỦ ĐỀ VÀ MỤC ĐÍCH' });
  blocks.push({
    kind: 'bullets',
    items: [
      [{ text: 'Chủ đề: ', bold: true }, { text: s?.theme ? `“${plain(s.theme)}”.` : NO_DATA }],
      [
        { text: 'Thời gian: ', bold: true },
        {
          text: s
            ? `từ ngày ${formatShortDate(s.weekStart)} đến ngày ${formatShortDate(s.weekEnd)}.`
            : NO_DATA,
        },
      ],
      [
        { text: 'Mục đích: ', bold: true },
        {
          text:
            'tiếp tục đẩy mạnh phong trào học tập suốt đời trong cán bộ, giáo viên, nhân viên và phụ huynh; ' +
            'nâng cao nhận thức về vai trò của chuyển đổi số đối với việc học tập suốt đời; các hoạt động ' +
            'bảo đảm thiết thực, hiệu quả.',
        },
      ],
    ],
  });
  return blocks;
}
