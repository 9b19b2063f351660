import type { Router } from 'express';

/** A router and the prefix it is mounted at under `/api`. */
export type ApiMount = readonly [prefix: string, router: Router];

export const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface MountedRoute {
  method: HttpMethod;
  /** As Express spells it: `/api/missions/:id`. */
  path: string;
}

interface RouteLayer {
  route?: { path: unknown; methods: Record<string, boolean | undefined> };
  handle: unknown;
}

function isMethod(name: string): name is HttpMethod {
  return (HTTP_METHODS as readonly string[]).includes(name);
}

/**
 * Every method and path the mounted routers answer. Express 5 keeps no readable mount path on
 * a layer, so prefixes come from the mount list and only one level of routers can be read:
 * anything this cannot list faithfully (a nested router, a RegExp path, `.all()`) is an error
 * rather than a route silently left out.
 */
export function listMountedRoutes(mounts: readonly ApiMount[], base = '/api'): MountedRoute[] {
  return mounts.flatMap(([prefix, router]) =>
    (router.stack as unknown as RouteLayer[]).flatMap((layer): MountedRoute[] => {
      const where = `${base}${prefix}`;
      if (!layer.route) {
        if (Array.isArray((layer.handle as { stack?: unknown }).stack)) {
          throw new Error(`A router nested inside ${where} cannot be listed; mount it in apiRouters instead`);
        }
        return [];
      }
      const { path, methods } = layer.route;
      if (typeof path !== 'string') throw new Error(`A route under ${where} has a path that is not a string`);
      return Object.keys(methods)
        .filter((name) => methods[name])
        .map((name) => {
          if (!isMethod(name)) throw new Error(`${where}${path} answers ${name}, which the API does not use`);
          // Express answers `/api/missions` for `get('/')` under `/missions`.
          return { method: name, path: prefix !== '' && path === '/' ? where : `${where}${path}` };
        });
    }),
  );
}
