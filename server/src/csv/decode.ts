import { isUtf8 } from 'node:buffer';

export type DecodedText = { ok: true; text: string } | { ok: false; offset: number; line: number };

const BOM = '\uFEFF';

/** Strict UTF-8 (no replacement characters), without a byte-order mark. */
export function decodeUtf8(bytes: Buffer): DecodedText {
  if (!isUtf8(bytes)) {
    const offset = firstInvalidByte(bytes);
    return { ok: false, offset, line: lineAt(bytes, offset) };
  }
  const text = bytes.toString('utf8');
  return { ok: true, text: text.startsWith(BOM) ? text.slice(1) : text };
}

/** Where decoding first fails, by the well-formed byte sequences of Unicode 15, table 3-7. */
function firstInvalidByte(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    let trail: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) trail = 1;
    else if (lead >= 0xe0 && lead <= 0xef) trail = 2;
    else if (lead >= 0xf0 && lead <= 0xf4) trail = 3;
    else return i;
    if (lead === 0xe0) low = 0xa0;
    else if (lead === 0xed) high = 0x9f;
    else if (lead === 0xf0) low = 0x90;
    else if (lead === 0xf4) high = 0x8f;
    for (let k = 1; k <= trail; k++) {
      const byte = bytes[i + k];
      const min = k === 1 ? low : 0x80;
      const max = k === 1 ? high : 0xbf;
      if (byte === undefined || byte < min || byte > max) return i;
    }
    i += trail + 1;
  }
  return bytes.length;
}

function lineAt(bytes: Buffer, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
