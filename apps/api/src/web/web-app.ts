// The web workbench (apps/web, docs/web.md) at `/`: the files Vite built into dist/web/, and
// index.html for every other page address a browser asks for (the router in the page decides),
// so a bookmarked /regler/capacity opens. /v1, /docs, /openapi.json, /health and /session are
// the API's and never fall back to the page.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import express, { Router } from 'express';

export const WEB_DIST = fileURLToPath(new URL('../../../../dist/web/', import.meta.url));
const API_PATHS = /^\/(v1|docs|openapi\.json|health|session)(\/|$)/;

export function webAppRoutes(dir = WEB_DIST): Router {
  const router = Router();
  // Hashed file names (assets/*-<hash>.js) never change content: cache them for a year.
  router.use('/assets', express.static(path.join(dir, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: false }));
  router.get(/.*/, (req, res, next) => {
    if (API_PATHS.test(req.path) || !req.accepts('html')) return next();
    const index = path.join(dir, 'index.html');
    if (!existsSync(index)) {
      res.status(503).type('html').send('<!doctype html><html lang="da"><meta charset="utf-8"><title>Arbejdsbordet er ikke bygget</title><h1>Arbejdsbordet er ikke bygget</h1><p>Kør <code>npm run build</code> (eller <code>npm ci</code>) og start serveren igen.</p></html>');
      return;
    }
    res.set('cache-control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
