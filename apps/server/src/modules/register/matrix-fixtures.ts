/**
 * For the authorisation matrix (apps/server/test/authorization-matrix.int.test.ts): a request for
 * every signed-in route of the register module, reaching one side's institution. A photo id no
 * photo has is enough: in scope it answers 404 from the handler, out of scope 404 from the guard.
 */
type Probe = { url: string; payload?: unknown };
const unknownPhoto = '00000000-0000-4000-8000-00000000f070';

export function registerMatrixFixtures<W, S extends string>(pick: (world: W, side: S) => { institutionId: string }): Record<string, (world: W, side: S) => Probe> {
  const of = (fixture: (institutionId: string) => Probe) => (world: W, side: S) => fixture(pick(world, side).institutionId);
  return {
    'GET /api/v1/institutions/:id/photos': of((id) => ({ url: `/api/v1/institutions/${id}/photos` })),
    // Not multipart: reaching the handler answers 400 PHOTO_FILE_MISSING and stores nothing.
    'POST /api/v1/institutions/:id/photos': of((id) => ({ url: `/api/v1/institutions/${id}/photos`, payload: {} })),
    'DELETE /api/v1/institutions/:id/photos/:photoId': of((id) => ({ url: `/api/v1/institutions/${id}/photos/${unknownPhoto}` })),
  };
}
