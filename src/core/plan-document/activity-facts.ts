import {
  AUDIENCE_ALL_STAFF,
  AUDIENCE_EVERYONE,
  AUDIENCE_PARENTS,
  ONLINE_PLATFORMS,
  type ActivityCategory,
} from '../schema/tables';
import { foldKey } from '../text';

/**
 * What an activity's sentence says besides its dates, read the way a principal would: its
 * kind, the place after "tại", the platform it names, a link, an address, its audience, the
 * seats and a target ("50% cán bộ…"). Words only: nothing is guessed that the text does not say.
 */
export interface ActivityFacts {
  readonly category: ActivityCategory;
  readonly location?: string;
  readonly platform?: string;
  readonly link?: string;
  readonly owner?: string;
  readonly audience: string;
  readonly capacity?: number;
  readonly target?: { readonly percent?: number; readonly text: string };
}

/** The first rule whose words the (folded) sentence contains gives the kind; order matters. */
const CATEGORY_RULES: readonly [ActivityCategory, readonly string[]][] = [
  ['khai mạc', ['khai mac']],
  ['tổng kết-khen thưởng', ['tong ket', 'khen thuong']],
  ['tập huấn', ['tap huan']],
  ['bình chọn', ['binh chon', 'de cu', 'gia dinh hieu hoc']],
  ['vận động học tập', ['van dong']],
  ['trực tuyến', ['truc tuyen', 'hoc tap so']],
  ['nói chuyện', ['noi chuyen', 'lop hoc', 'toa dam', 'chuyen de']],
  ['thư viện', ['thu vien', 'van hoa doc', 'tu sach', 'doc sach']],
];

export function categoryOf(text: string): ActivityCategory {
  const f = ` ${foldKey(text)} `;
  return CATEGORY_RULES.find(([, words]) => words.some((w) => f.includes(` ${w} `)))?.[0] ?? 'tuyên truyền';
}

const LOCATION =
  /(?<![\p{L}])tại\s+(\p{Lu}[^.;,(“"]*?)(?=\s+(?:với|do|nhằm|để|cho|trong|từ|vào|ngày|sáng|chiều|tối|lúc|qua)\s|[.;,(“"]|$)/u;
const LINK = /https?:\/\/[^\s,;)”"]+/iu;
const EMAIL = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/iu;
const PERCENT = /(\d{1,3}(?:[.,]\d+)?)\s*%/u;

export function activityFacts(text: string): ActivityFacts {
  const f = ` ${foldKey(text)} `;
  const platform = ONLINE_PLATFORMS.find((p) => p !== 'Khác' && f.includes(` ${foldKey(p)} `));
  const place = LOCATION.exec(text)?.[1]?.trim();
  const link = LINK.exec(text)?.[0]?.replace(/[.]+$/u, '');
  const owner = EMAIL.exec(text)?.[0]?.toLowerCase();
  const seats = /(\d{1,4})\s*(?:chỗ|người tham dự tối đa)/u.exec(text)?.[1];
  return {
    category: categoryOf(text),
    ...(place ? { location: place } : {}),
    ...(platform ? { platform } : {}),
    ...(link ? { link } : {}),
    ...(owner ? { owner } : {}),
    audience: audienceOf(f),
    ...(seats ? { capacity: Number(seats) } : {}),
    ...targetOf(text),
  };
}

function audienceOf(f: string): string {
  const staff = [' can bo ', ' giao vien ', ' nhan vien ', ' cb gv nv ', ' cbgvnv '].some((w) =>
    f.includes(w),
  );
  const families = [' phu huynh ', ' gia dinh ', ' hoc sinh ', ' nguoi dan '].some((w) => f.includes(w));
  if (staff && !families) return AUDIENCE_ALL_STAFF;
  if (families && !staff && (f.includes(' phu huynh ') || f.includes(' gia dinh '))) return AUDIENCE_PARENTS;
  return AUDIENCE_EVERYONE;
}

/** "50% cán bộ- giáo viên- nhân viên nhà trường tham dự": the figure and the clause it heads. */
function targetOf(text: string): { target?: ActivityFacts['target'] } {
  const m = PERCENT.exec(text);
  if (m) {
    const rest = text.slice(m.index);
    const clause = /^.*?\stham (?:dự|gia)(?![\p{L}])/u.exec(rest)?.[0] ?? rest.split(/[.;,]/u)[0]!;
    const percent = Number(m[1]!.replace(',', '.'));
    return { target: { ...(percent <= 100 ? { percent } : {}), text: clause.trim() } };
  }
  const words = /(?<![\p{L}])(?:chỉ tiêu|ít nhất|tối thiểu)(?![\p{L}])[^.;]*/iu.exec(text);
  return words ? { target: { text: words[0].replace(/^chỉ tiêu\s*:?\s*/iu, '').trim() } } : {};
}
