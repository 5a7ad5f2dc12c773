/**
 * A contacts file's text: UTF-8, or UTF-16 when it starts with a byte order
 * mark (Excel's "Unicode text", some Outlook exports). A UTF-8 BOM is dropped.
 */
export function decodeContacts(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}
