#!/usr/bin/env -S LETSCODE_NODE_EXTRA_CA_CERTS=${NODE_EXTRA_CA_CERTS} NODE_EXTRA_CA_CERTS= node
// Shim: everything lives in the compiled CLI; keep this file free of logic.
// The shebang keeps Node 20 from reading NODE_EXTRA_CA_CERTS at start-up (~40 ms a command
// with a system bundle); the CLI puts it back for the TLS clients that need it
// (src/common/extra-ca-certs.ts).
import { run } from '../dist/cli/entry.js';

run(process.argv).then((code) => {
  process.exitCode = code;
});
