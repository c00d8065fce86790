#!/usr/bin/env node
// Shim: everything lives in the compiled CLI; keep this file free of logic.
import { run } from '../dist/cli/entry.js';

run(process.argv).then((code) => {
  process.exitCode = code;
});
