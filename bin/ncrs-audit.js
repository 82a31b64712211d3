#!/usr/bin/env node
// Thin shell: all behaviour lives in main(), which returns the exit code.
import { main } from '../dist/src/cli/main.js';

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
