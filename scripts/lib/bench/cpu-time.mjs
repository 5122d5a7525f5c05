// Runs a command and then prints the CPU time it used (user + system, all its threads and children),
// read from this process's own /proc/self/stat (cutime, cstime). On a shared machine CPU time says
// how much work a run did even when the wall time says mostly how busy the machine was. Linux only.
//   node cpu-time.mjs <command> [args...]
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const [command, ...args] = process.argv.slice(2);
const run = spawnSync(command, args, { stdio: 'inherit' });
const stat = readFileSync('/proc/self/stat', 'utf8');
const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
// Fields 16 and 17 of stat (cutime, cstime), counted from 1 with pid and comm before the ")".
const ticks = Number(fields[13]) + Number(fields[14]);
process.stderr.write(`\ncpu-ms: ${Math.round((ticks * 1000) / 100)}\n`);
process.exitCode = run.status ?? 1;
