import { apiBase } from '../../api/client.ts';

/** A CSV or Excel file is sent like any other upload (multipart field `file`, with progress). */
export { uploadFile as uploadTable, type UploadOptions } from '../../api/upload.ts';

/** A template to download: a plain link, so the browser saves the file under the server's name. */
export const downloadUrl = (path: string, format: 'xlsx' | 'csv') => `${apiBase}${path}?format=${format}`;
