/**
 * The spreadsheet UI exists only when a person runs something from the sheet (menu, editor).
 * Triggers have none and `getUi()` throws there, so every use goes through these.
 */
export function availableUi(): GoogleAppsScript.Base.Ui | undefined {
  try {
    return SpreadsheetApp.getUi();
  } catch {
    return undefined;
  }
}

/** A dialog when someone is looking, the log otherwise. */
export function tell(title: string, message: string): void {
  const ui = availableUi();
  if (ui) {
    ui.alert(title, message, ui.ButtonSet.OK);
  } else {
    console.info(`${title}\n${message}`);
  }
}

/** A toast in the corner of the sheet; best effort (no-op without a viewer). */
export function toast(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  title: string,
  message: string,
): void {
  try {
    spreadsheet.toast(message, title, 10);
  } catch {
    // nobody to show it to
  }
}
