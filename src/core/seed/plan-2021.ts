/**
 * The facts of the real 2021 plan of Trường Mầm non 20/10 (shared/seed/ke-hoach-2021.txt),
 * copied as the document states them. Everything the default plan says about the school comes
 * from here, so a reader can check it against the document line by line.
 */

export const SEED_YEAR = 2021;
export const SEED_SCHOOL = 'Trường Mầm non 20/10';
export const SEED_GOVERNING_BODY = 'UBND Quận 1';
export const SEED_WARD_ASSOCIATION = 'Hội khuyến học Phường Nguyễn Cư Trinh';
export const SEED_PLACE = 'Quận 1';
export const SEED_THEME = 'Chuyển đổi số để xây dựng thành công một xã hội học tập mới';

/** "Căn cứ kế hoạch số 271/KH- UBND ngày 29 tháng 9 năm 2021 của Ủy ban nhân dân Quận 1 …" */
export const SEED_BASIS =
  'Kế hoạch số 271/KH-UBND ngày 29/9/2021 của Ủy ban nhân dân Quận 1 về tổ chức ' +
  '“Tuần lễ hưởng ứng học tập suốt đời năm 2021” trên địa bàn Quận 1';
export const SEED_BASIS_DATE = { year: 2021, month: 9, day: 29 } as const;

/**
 * The plan's opening sentence, verbatim. It says "năm 2020" although the plan is for 2021: a
 * slip of the original that validation must point out, so it is kept, not corrected.
 */
export const SEED_PREAMBLE =
  'Trường Mầm non 20/10 xây dựng kế hoạch Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020 ' +
  'với chủ đề: “Chuyển đổi số để xây dựng thành công một xã hội học tập mới” và triển khai thực ' +
  'hiện trong toàn thể cán bộ- giáo viên- nhân viên- phụ huynh và toàn thể học sinh nhà trường ' +
  'với những nội dung cụ thể sau:';

/** The same sentence for another school or year, without the slip. */
export function preambleFor(school: string, year: number, theme: string): string {
  return (
    `${school} xây dựng kế hoạch Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm ${year} ` +
    `với chủ đề: “${theme}” và triển khai thực hiện trong toàn thể cán bộ- giáo viên- nhân viên- ` +
    'phụ huynh và toàn thể học sinh nhà trường với những nội dung cụ thể sau:'
  );
}

/** Section I, "Mục đích yêu cầu", verbatim: one purpose a line. */
export const SEED_PURPOSES: readonly string[] = [
  'Nhằm tiếp tục đẩy mạnh phong trào học tập sâu rộng trong các tầng lớp nhân dân, giúp nâng cao nhận thức của người dân về vai trò của chuyển đổi số đối với việc học tập suốt đời.',
  'Tăng cường trách nhiệm và huy động được sự quan tâm, tham gia của các cấp chính quyền, các ngành, các tổ chức, đoàn thể, lực lượng xã hội trong việc tận dụng các nền tảng công nghệ nhằm đa dạng hóa các kênh và công cụ học tập suốt đời, đáp ứng nhu cầu học tập của người dân trong bối cảnh COVID-19 đang diễn biến phức tạp.',
  'Các hoạt động của Tuần lễ hưởng ứng học tập suốt đời phải đảm bảo tính thiết thực, hiệu quả phù hợp với diễn biến dịch COVID-19.',
];
