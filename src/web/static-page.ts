// The built page (dist/page/, made by `npm run build` with Vite) served from memory: the
// files are read once at startup, so a request can only ever get one of them (no path is
// joined from a URL). Every answer carries a Content-Security-Policy that lets the page run
// its own scripts only, talk to this server only, and be framed by nobody.

import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { packageRoot } from '../paths.js';

export const PAGE_DIR = join(packageRoot, 'dist/page');

/**
 * 'unsafe-inline' for styles only: the editor sets element styles as it lays out lines;
 * scripts come from this server's own files, never inline.
 */
export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers of every page file: the CSP, no MIME sniffing, no referrer. */
export const PAGE_HEADERS: Record<string, string> = {
  'Content-Security-Policy': PAGE_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

export interface PageFile {
  bytes: Buffer;
  type: string;
  /** Hashed asset names never change content: cached for a year; index.html never. */
  immutable: boolean;
}

/** URL path -> file, "/" for index.html; empty when the page was not built. */
export async function loadPageFiles(dir = PAGE_DIR): Promise<Map<string, PageFile>> {
  const files = new Map<string, PageFile>();
  for (const path of await listFiles(dir)) {
    const type = TYPES[extname(path).toLowerCase()];
    if (!type) continue;
    const url = `/${relative(dir, path).split(sep).join('/')}`;
    const file = { bytes: await readFile(path), type, immutable: url.startsWith('/assets/') };
    files.set(url === '/index.html' ? '/' : url, file);
  }
  return files;
}

async function listFiles(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const nested = await Promise.all(entries.map((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(path);
    return Promise.resolve(entry.isFile() ? [path] : []);
  }));
  return nested.flat();
}
