#!/bin/sh
":" //; export LETSCODE_NODE_EXTRA_CA_CERTS="${NODE_EXTRA_CA_CERTS-}" NODE_EXTRA_CA_CERTS=; exec node "$0" "$@"
// Shim: everything lives in the compiled CLI; keep this file free of logic.
// Read by sh first (the line above; to JavaScript it is a string and a comment): Node 20
// reads NODE_EXTRA_CA_CERTS at start-up (~45 ms a command with a system CA bundle), so the
// path is handed over in LETSCODE_NODE_EXTRA_CA_CERTS and the CLI puts it back for the TLS
// clients that need it (src/common/extra-ca-certs.ts). sh rather than `env -S`: busybox's
// env and coreutils before 8.30 have no -S. `node bin/letscode.js` skips the line.
import { run } from '../dist/cli/entry.js';

run(process.argv).then((code) => {
  process.exitCode = code;
});
