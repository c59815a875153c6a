import { fromBuffer } from 'file-type';

export interface AllowedType {
  contentType: string;
  extensions: string[];
}

/** What users may upload: pitch decks, pictures, spreadsheets. */
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const ALLOWED_TYPES: AllowedType[] = [
  { contentType: 'application/pdf', extensions: ['pdf'] },
  { contentType: 'image/png', extensions: ['png'] },
  { contentType: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  { contentType: XLSX, extensions: ['xlsx'] },
  { contentType: 'text/csv', extensions: ['csv'] },
];

/**
 * The real type of the bytes, from their content (not the name or the declared type), or undefined
 * when it is not one we accept. CSV has no signature: accepted when named .csv and free of NUL bytes.
 */
export async function sniffContentType(bytes: Buffer, filename: string): Promise<string | undefined> {
  const ext = filename.toLowerCase().split('.').pop() ?? '';
  const detected = await fromBuffer(bytes);
  if (detected) {
    const mime = detected.ext === 'xlsx' ? XLSX : detected.mime;
    const allowed = ALLOWED_TYPES.find((t) => t.contentType === mime);
    return allowed?.extensions.includes(ext) ? allowed.contentType : undefined;
  }
  if (ext === 'csv' && bytes.length > 0 && !bytes.includes(0)) return 'text/csv';
  return undefined;
}
