import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import { DomainError } from '../../platform/errors/index.ts';
import { ImportErrors } from './imports.errors.ts';
import type { UploadedFile } from './table-reader.ts';

/** Accepts multipart uploads in this plugin's routes (once per context; another module may have done it). */
export async function acceptUploads(app: FastifyInstance): Promise<void> {
  if (!app.hasContentTypeParser('multipart/form-data')) await app.register(multipart);
}

/** The one file of a multipart request (field `file`), read into memory up to `maxBytes`. */
export async function readUpload(request: FastifyRequest, maxBytes: number): Promise<UploadedFile> {
  if (!request.isMultipart()) throw new DomainError(ImportErrors.UPLOAD_REQUIRED);
  const part = await request.file({ limits: { fileSize: maxBytes, files: 1, fields: 5 } });
  if (!part) throw new DomainError(ImportErrors.UPLOAD_REQUIRED);
  // toBuffer() raises a 413 once the limit is passed; the platform answers PAYLOAD_TOO_LARGE.
  const data = await part.toBuffer();
  const fileName = path.basename(part.filename || 'upload').slice(-200);
  return { fileName, data };
}

/** Answers a generated file as a download; the name is given in UTF-8 for Chinese names (RFC 6266). */
export function sendDownload(reply: FastifyReply, file: { fileName: string; contentType: string; data: Buffer }) {
  const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
  return reply
    .type(file.contentType)
    .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .header('cache-control', 'no-store')
    .send(file.data);
}
