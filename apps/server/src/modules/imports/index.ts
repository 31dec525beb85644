import type { FastifyPluginAsync } from 'fastify';
import { createImportRunner } from './import-runner.ts';
import { importsRoutes } from './imports.routes.ts';
import { acceptUploads } from './upload.ts';

/**
 * The bulk import of a city moving onto Youyu: its existing institutions, classes and filing
 * history from CSV or Excel, validated row by row in the background, written all at once. Also the
 * tabular reading and row reporting that registrar batches share.
 */
export const importsModule: FastifyPluginAsync = async (app) => {
  const runner = createImportRunner(app.db, app.log);
  // Closing waits for imports under way; one cut off mid-way is resumed by resumeImportJobs.
  app.addHook('onClose', () => runner.drain());
  await acceptUploads(app);
  await importsRoutes(app, { runner });
};

export { resumeImportJobs } from './import-runner.ts';
export { readTable, type Table, type TableRow, type UploadedFile } from './table-reader.ts';
export { readUpload, sendDownload, acceptUploads } from './upload.ts';
export { buildTemplate, type TemplateFile, type TemplateSpec } from './template.ts';
export { cellReaders, vocabulary, type CellReader } from './cells.ts';
export { readRow } from './row-reader.ts';
export { checkCreditCodeCell, problemMessage, toRowProblem, type CellProblem } from './problems.ts';
export { ImportErrors } from './imports.errors.ts';
export { importJobs, importJobRows } from './imports.tables.ts';
