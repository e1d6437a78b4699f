import { Router, type Request, type Response } from 'express';
import type { AppDeps } from '../../core/context.js';
import { NOT_FOUND_BODY, rowRouteContext } from '../../core/http/row-route.js';
import { contentDisposition } from '../documents/index.js';
import { Installation } from '../installations/installation.entity.js';
import { currentVisit } from './installation-offers.service.js';
import { visitCalendar } from './visit-ics.js';

export const INSTALLATIONS_PATH = '/installations';


/**
 * GET /installations/:id/visit.ics: the installation's next (else latest) installer visit as an
 * iCalendar file (session, section and row scope as in rowRouteContext; no visit is a 404 too).
 */
export function visitCalendarRouter(deps: AppDeps): Router {
  const router = Router();
  router.get(`${INSTALLATIONS_PATH}/:installationId/visit.ics`, async (req: Request<{ installationId: string }>, res: Response) => {
    const context = await rowRouteContext(deps, req, res, { section: 'INSTALLATION', id: req.params.installationId });
    if (!context) return;
    const { viewer, em, clock } = context;
    const installation = await em.findOne(Installation, { id: context.id });
    const now = clock.now();
    const visit = installation ? await currentVisit(em, installation.id, now) : null;
    if (!installation || !visit) {
      res.status(404).json(NOT_FOUND_BODY);
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
