/** The Apps Script shell around every action: the consent dialog and a script bound to no sheet. */
export const shell = {
  consentTitle: 'Cần cấp đủ quyền cho script',
  consentWhy:
    'Script chưa được cấp đủ quyền nên chưa làm gì cả. Trên màn hình cấp quyền, Google cho một ô ' +
    'đánh dấu cho từng quyền, và ít nhất một ô đã bị bỏ trống.',
  consentHow: 'Cách cấp đủ quyền:',
  consentOpen: (url: string) => `1. Chép đường dẫn sau vào thanh địa chỉ của trình duyệt rồi mở: ${url}`,
  consentRerunFirst: '1. Chọn lại mục vừa chọn trong menu "Tuần lễ HTSĐ".',
  consentTick:
    '2. Chọn tài khoản Google của trường, đánh dấu ô "Chọn tất cả" (mọi quyền đều được đánh dấu), rồi bấm "Tiếp tục".',
  consentRerun: '3. Chọn lại mục vừa chọn trong menu "Tuần lễ HTSĐ".',
  noSpreadsheet: 'Không tìm thấy bảng tính: script phải được gắn với một Google Sheet.',
};
