import type { Request, RequestHandler } from 'express';
import { DomainError } from '../domain-error';

// A browser sends a form or a text/plain POST to any origin without asking first, with the
// cookies of the target when the sender is on the same site: another port of the same host is
// enough, so SameSite=Strict does not stop it. Browsers say where a request comes from, in
// Origin and, for newer ones, Sec-Fetch-Site; a change is accepted only from the app's own
// pages. Clients that are not browsers send neither header and are not affected.

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);
const OWN_SITE = new Set(['same-origin', 'none']);

/** The origin the browser sees when it talks to this server directly. */
function ownOrigin(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? ''}`.toLowerCase();
}

const refused = (from: string) =>
  new DomainError(
    'forbidden',
    `Refused: this change was sent from another ${from}; changes are accepted only from CPEA's own pages`,
  );

/** Refuses state-changing requests a browser says come from another origin. */
export function sameOriginChanges(publicOrigin: string | undefined): RequestHandler {
  return (req, _res, next) => {
    if (READS.has(req.method)) return next();
    const origin = req.get('origin');
    if (origin !== undefined) {
      const from = origin.toLowerCase();
      return next(from === ownOrigin(req) || from === publicOrigin ? undefined : refused(`origin (${origin})`));
    }
    const site = req.get('sec-fetch-site');
    next(site === undefined || OWN_SITE.has(site) ? undefined : refused(`site (Sec-Fetch-Site: ${site})`));
  };
}
