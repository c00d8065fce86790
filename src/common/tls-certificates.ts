// The `ca` of letscode's TLS clients (rediss://, https callbacks): Node's own roots plus
// the NODE_EXTRA_CA_CERTS file when Node did not load it at start (extra-ca-certs.ts), so
// a private CA named there is trusted exactly as if Node had read it.

import { readFileSync } from 'node:fs';
import { rootCertificates } from 'node:tls';
import { extraCaCertsSkippedByNode } from './extra-ca-certs.js';

// Read once: the file is named once, when the CLI starts (extra-ca-certs.ts).
let certificates: { ca: string[] | undefined } | null = null;

/** Undefined when Node's defaults already hold everything (the usual case). */
export function tlsCertificates(): string[] | undefined {
  const path = extraCaCertsSkippedByNode();
  if (!path) return undefined;
  certificates ??= { ca: readCertificates(path) };
  return certificates.ca;
}

function readCertificates(path: string): string[] | undefined {
  try {
    return [...rootCertificates, readFileSync(path, 'utf8')];
  } catch (error) {
    // Node warns in these words and goes on without the file when it cannot read it; so do we.
    process.stderr.write(`Warning: Ignoring extra certs from \`${path}\`, load failed: ${(error as Error).message}\n`);
    return undefined;
  }
}
