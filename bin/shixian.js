#!/usr/bin/env node
// The CLI is TypeScript run through tsx's loader, so a fresh clone needs `npm ci` and no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv);
