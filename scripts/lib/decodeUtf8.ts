import { lineAndColumn } from './parseJson.js';

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
const replacement = [0xef, 0xbf, 0xbd];

export type Decoded = { ok: true; text: string } | { ok: false; problem: string };

/** Where the first invalid byte is: the first U+FFFD of a lenient decoding that the bytes do not spell out. */
function firstInvalidByte(bytes: Uint8Array): string {
  const text = lenient.decode(bytes);
  let offset = 0;
  let from = 0;
  for (let index = text.indexOf('\ufffd'); index !== -1; index = text.indexOf('\ufffd', index + 1)) {
    offset += Buffer.byteLength(text.slice(from, index));
    from = index + 1;
    if (replacement.every((byte, i) => bytes[offset + i] === byte)) {
      offset += 3;
      continue;
    }
    // the first byte of an invalid sequence is never ASCII, so always two hex digits
    const byte = bytes[offset].toString(16).toUpperCase();
    return `invalid UTF-8 at ${lineAndColumn(text, index)} (byte 0x${byte}); save the file as UTF-8`;
  }
  // Stryker disable next-line StringLiteral: unreachable, as the two decoders of the same bytes never disagree so; kept so that a decoder change cannot print a wrong position
  return 'invalid UTF-8; save the file as UTF-8';
}

/** Data files are UTF-8: a byte that is not decodes to U+FFFD in every output unless refused here. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: strict.decode(bytes) };
  } catch {
    return { ok: false, problem: firstInvalidByte(bytes) };
  }
}
