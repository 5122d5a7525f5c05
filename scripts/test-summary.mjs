#!/usr/bin/env node
// Prints the closing line CI reads, `N passed, N failed`, from vitest's JSON report.
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2] ?? 'test-results/vitest.json', 'utf8'));
const failed = report.numFailedTests + (report.numRuntimeErrorTests ?? 0);
console.log(`${report.numPassedTests} passed, ${failed} failed`);
