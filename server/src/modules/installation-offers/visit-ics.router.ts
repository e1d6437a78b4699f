import { Router, type Request, type Response } from 'express';
import { createContext, type AppDeps } from '../../app/context.js';
import { contentDisposition } from '../documents/document-download.js';
import { Installation } from '../installations/installation.entity.js';
import { currentVisit } from './installation-offers.service.js';
import { visitCalendar } from './visit-ics.js';

export const INSTALLATIONS_PATH = '/installations';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// One body for "no such installation", "not yours", "not your section" and "no visit".
const NOT_FOUND = { error: 'NOT_FOUND' } as const;

/**
 * GET /installations/:id/visit.ics: the installation's next (else latest) installer visit as an
 * iCalendar file. Same session and row scope as /graphql and /files.
 */
export function visitCalendarRouter(deps: AppDeps): Router {
  const router = Router();
  router.get(`${INSTALLATIONS_PATH}/:installationId/visit.ics`, async (req: Request<{ installationId: string }>, res: Response) => {
    res.set('Cache-Control', 'private, no-store');
    const { viewer, em, clock } = await createContext(deps, req, res);
    if (!viewer) {
      res.status(401).json({ error: 'UNAUTHENTICATED' });
      return;
    }
    const { installationId } = req.params;
    if (!viewer.sections.includes('INSTALLATION') || !UUID.test(installationId)) {
      res.status(404).json(NOT_FOUND);
      return;
    }
    const installation = await em.findOne(Installation, { id: installationId.toLowerCase() });
    const now = clock.now();
    const visit = installation ? await currentVisit(em, installation.id, now) : null;
    if (!installation || !visit) {
      res.status(404).json(NOT_FOUND);
      return;
    }
    const body = visitCalendar({ visit, installationCode: installation.code, address: installation.address, language: viewer.user.language, now });
    res
      .status(200)
      .set({
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': contentDisposition('attachment', `visita-${installation.code}.ics`),
        'X-Content-Type-Options': 'nosniff',
      })
      .send(Buffer.from(body, 'utf8'));
  });
  return router;
}
