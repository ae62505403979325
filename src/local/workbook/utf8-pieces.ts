/** Bytes of each piece handed on: big enough that a piece is rarely cut, small next to the file. */
const PIECE_BYTES = 256 * 1024;

/**
 * Text turned into UTF-8 as it is written, in pieces of about 256 KB. A large import's XML is
 * tens of MB made of small strings; joining them and then encoding the result cost three times
 * what writing each string straight into a buffer does, and made one more copy at the peak.
 */
export class Utf8Pieces {
  private piece = Buffer.allocUnsafe(PIECE_BYTES);
  private used = 0;

  /** Appends TEXT; returns the piece it filled, when it did (the caller hands it on). */
  write(text: string): Buffer | undefined {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8 (a surrogate pair, 4 for 2 units).
    const room = text.length * 3;
    let full: Buffer | undefined;
    if (this.used + room > this.piece.length) {
      full = this.take();
      if (room > this.piece.length) this.piece = Buffer.allocUnsafe(room);
    }
    this.used += this.piece.write(text, this.used, 'utf8');
    return full;
  }

  /** What has been written since the last piece was handed on (may be empty). */
  take(): Buffer | undefined {
    if (this.used === 0) return undefined;
    const full = this.piece.subarray(0, this.used);
    this.piece = Buffer.allocUnsafe(PIECE_BYTES);
    this.used = 0;
    return full;
  }
}
