#!/usr/bin/env node
// Shim: everything lives in the compiled CLI; keep this file free of logic.
import { main } from '../dist/cli/main.js';

main(process.argv).then((code) => {
  process.exitCode = code;
});
