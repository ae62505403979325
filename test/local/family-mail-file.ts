import { Workbook } from '../../src/local/workbook/workbook';
import { setFamilyMail } from '../support/family-mail';

/** The principal sets "Gửi thư cho phụ huynh: có" in the workbook file, as in Excel. */
export async function mailFamiliesIn(file: string): Promise<void> {
  const book = await Workbook.open(file);
  setFamilyMail(book);
  await book.save(file);
}
