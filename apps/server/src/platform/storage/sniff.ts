/**
 * The type of a file by its first bytes (magic numbers), never by its name or the type the
 * browser claims: a renamed executable stays refused.
 */
export type SniffedType = 'application/pdf' | 'image/jpeg' | 'image/png';

const signatures: { type: SniffedType; bytes: number[] }[] = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

/** The usual file extension of each type, for naming a file that came without a usable name. */
export const extensionOf: Record<SniffedType, string> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' };

export function sniffContentType(head: Uint8Array): SniffedType | null {
  return signatures.find((s) => s.bytes.every((b, i) => head[i] === b))?.type ?? null;
}
