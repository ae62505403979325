/**
 * The id of a Google Sheet from what a person pastes: the id itself, or any link to the sheet
 * (".../spreadsheets/d/ID/edit#gid=0", "?usp=sharing", a "/u/1/" account prefix). Undefined
 * when the text holds no id, so the command can say which line it could not use.
 */
const ID = /^[A-Za-z0-9_-]{20,}$/;
const IN_LINK = /\/spreadsheets\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]{20,})/;

export function sheetIdOf(text: string): string | undefined {
  const trimmed = text.trim();
  if (ID.test(trimmed)) return trimmed;
  return IN_LINK.exec(trimmed)?.[1];
}
