import { buildUrl, type Query } from './client.ts';
import { ApiError } from './problem.ts';

/** The CSRF cookie the server sets beside the session (readable on purpose), for the requests fetch cannot make. */
function csrfToken(): string {
  const pair = document.cookie.split('; ').find((c) => c.startsWith('youyu_csrf='));
  return pair ? decodeURIComponent(pair.slice('youyu_csrf='.length)) : '';
}

export type UploadOptions = { query?: Query; language: string; onProgress?: (percent: number) => void };

/**
 * Sends one file as multipart (field `file`) with upload progress — fetch reports none for
 * request bodies, so XMLHttpRequest — and answers the JSON body, or the same ApiError as every
 * other call. The one upload path for import tables and filing materials alike.
 */
export function uploadFile<T>(path: string, file: File, options: UploadOptions): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', buildUrl(path, options.query));
    xhr.setRequestHeader('X-CSRF-Token', csrfToken());
    xhr.setRequestHeader('Accept-Language', options.language);
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onerror = () => reject(ApiError.network());
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) return resolve(JSON.parse(xhr.responseText) as T);
      void ApiError.fromResponse(new Response(xhr.responseText, { status: xhr.status, headers: { 'x-request-id': xhr.getResponseHeader('x-request-id') ?? '' } })).then(reject);
    };
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}
