#!/usr/bin/env node
// Launcher: runs the TypeScript CLI through tsx's ESM loader in this same process (so signals,
// including kill -9, reach the node itself).
import { register } from 'tsx/esm/api';

register();
process.env.TENSORIUM_CLI = '1';
await import('../src/cli.ts');
