// Routes by method and exact path. An unknown path is 404; a known path with another
// method is 405 with the Allow header listing the methods it does answer.

import { HttpError, type Handler } from './http-types.js';

export interface Route {
  method: 'GET' | 'POST';
  path: string;
  handler: Handler;
}

export function routeTo(routes: readonly Route[]): Handler {
  return async (request) => {
    const forPath = routes.filter((route) => route.path === request.path);
    if (forPath.length === 0) throw new HttpError(404, `no such endpoint: ${request.path}`);
    const route = forPath.find((candidate) => candidate.method === request.method);
    if (!route) {
      const allowed = forPath.map((candidate) => candidate.method).join(', ');
      throw new HttpError(405, `${request.path} answers ${allowed}, not ${request.method}`, { Allow: allowed });
    }
    return route.handler(request);
  };
}
