// The only file whose exports become Apps Script global functions (see scripts/build.mjs).
export function onOpen(): void {
  // filled in by the Apps Script adapter work
}
