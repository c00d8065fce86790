// NODE_EXTRA_CA_CERTS without its start-up cost. Node 20 reads and parses the whole file
// before any of our code runs (~40 ms a command with Debian's CA bundle, which some machines
// name there), while a judge opens no TLS connection at all. So bin/letscode.js, which sh
// reads first (#!/bin/sh), hands the path over in LETSCODE_NODE_EXTRA_CA_CERTS and starts
// Node with NODE_EXTRA_CA_CERTS empty; the CLI's first step puts the variable back (for the
// processes it starts, which then load it as usual), and the few TLS clients letscode has
// (rediss:// and https callbacks) give the file's certificates as their `ca`
// (tls-certificates.ts), as Node itself would have. Run as `node bin/letscode.js`, nothing
// is handed over and Node loads the file at start as it always does.
//
// This module imports nothing: it runs before the quick judge path.

const HANDED_OVER = 'LETSCODE_NODE_EXTRA_CA_CERTS';

let skippedByNode: string | null = null;

/** Puts NODE_EXTRA_CA_CERTS back as the user set it; remembers that Node did not load it. */
export function takeBackExtraCaCerts(env: NodeJS.ProcessEnv = process.env): void {
  const path = env[HANDED_OVER];
  if (path === undefined) return;
  delete env[HANDED_OVER];
  if (path === '') {
    // The user set none: the shebang's empty value goes too.
    if (env.NODE_EXTRA_CA_CERTS === '') delete env.NODE_EXTRA_CA_CERTS;
    return;
  }
  env.NODE_EXTRA_CA_CERTS = path;
  skippedByNode = path;
}

/** The NODE_EXTRA_CA_CERTS file Node did not load at start (the shebang kept it from it), if any. */
export function extraCaCertsSkippedByNode(): string | null {
  return skippedByNode;
}
