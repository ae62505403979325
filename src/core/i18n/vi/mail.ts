/** The mails' own words around the school's data: invitation, confirmation, reminder and notes. */
export const mail = {
  greeting: (name: string) => `Kính gửi ${name},`,
  closing: 'Trân trọng,',
  dateRange: (from: string, to: string) => `từ ${from} đến ${to}`,
  toBeAnnounced: 'Chưa xác định',
  tentative: ' (giờ dự kiến)',
  invitation: {
    subject: (year: number, school: string) =>
      `Thư mời tham gia Tuần lễ hưởng ứng học tập suốt đời năm ${year} – ${school}`,
    intro: (school: string, year: number, range: string) =>
      `${school} trân trọng kính mời Quý thầy cô, anh chị tham gia Tuần lễ hưởng ứng học tập suốt đời năm ${year}, diễn ra ${range}.`,
    theme: 'Chủ đề',
    programme: 'Chương trình hoạt động',
    forms: 'Vui lòng đăng ký qua các biểu mẫu sau',
    deadline: (day: string) => `Hạn: trước ${day}`,
    severalDays: 'Trong nhiều ngày',
    undated: 'Thời gian sẽ báo sau',
    addToCalendar: 'Thêm vào lịch',
    reply: (email: string) => `Mọi thắc mắc xin trả lời thư này hoặc liên hệ ${email}.`,
    noActivities: 'Chương trình chi tiết sẽ được gửi sau.',
  },
  confirmation: {
    subject: (what: string, school: string) => `Xác nhận: ${what} – ${school}`,
    received: (school: string, what: string) =>
      `${school} xin xác nhận đã nhận được thông tin của Quý vị: ${what}.`,
    fixIt: 'Nếu có điều gì chưa đúng, xin vui lòng trả lời thư này.',
  },
  reminder: {
    subject: (activity: string, when: string) => `Nhắc lịch: ${activity} – ${when}`,
    comingUp: (school: string, activity: string) =>
      `${school} xin nhắc Quý vị hoạt động "${activity}" sắp diễn ra.`,
    when: 'Thời gian',
    where: 'Địa điểm',
    link: 'Đường liên kết',
  },
  flagged: {
    subject: (form: string, school: string) => `Cần bổ sung: ${form} – ${school}`,
    received: (school: string, form: string) =>
      `${school} đã nhận được phản hồi của Quý vị cho biểu mẫu “${form}”, nhưng phản hồi cần được sửa lại vì:`,
    again: 'Xin vui lòng gửi lại biểu mẫu với thông tin đầy đủ; lần gửi sau cùng sẽ được tính.',
    againButton: 'Gửi lại biểu mẫu',
  },
  organiserNote: {
    subject: (topic: string) => `[Tuần lễ học tập suốt đời] ${topic}`,
    greeting: 'Kính gửi người tổ chức,',
    closing: 'Thư tự động từ bảng kế hoạch.',
  },
  promotion: {
    subject: (school: string) => `Đã có chỗ cho Quý vị – ${school}`,
    seated: `Một chỗ vừa trống và Quý vị, người đứng đầu danh sách chờ, đã được xếp chỗ tham gia buổi sau.`,
    change:
      'Nếu không tham gia được nữa, xin gửi lại biểu mẫu đăng ký và bỏ chọn buổi này để nhường chỗ cho người khác.',
    changeButton: 'Mở biểu mẫu đăng ký',
    session: 'Buổi',
  },
};
