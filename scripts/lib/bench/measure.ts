/**
 * Runs a command and measures its wall time and the peak memory of its whole process tree (the
 * build spawns Pagefind, for example), by sampling /proc. Linux only, like the machines it runs on.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Measured {
  ok: boolean;
  wallMs: number;
  /** Largest sum of resident memory over the process and its descendants, in bytes. */
  peakRss: number;
  /**
   * CPU time (user + system) of the process and the descendants it waited for, in milliseconds:
   * on a shared machine this says how much work a run did when the wall time says mostly how
   * busy the machine was.
   */
  cpuMs: number;
  output: string;
}

function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(name);
      const ppid = Number(fields[1]);
      rss.set(pid, Number(fields[21]) * 4096);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** CPU time of this process's waited-for children so far (cutime + cstime of /proc/self/stat). */
function childrenCpuMs(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 16 and 17 of stat, counted from 1 with pid and comm before the ")"; in clock ticks of 10 ms.
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

export function measure(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Measured> {
  return new Promise((resolve) => {
    const start = performance.now();
    const cpuBefore = childrenCpuMs();
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let peakRss = 0;
    const timer = setInterval(() => (peakRss = Math.max(peakRss, treeRss(child.pid!))), 100);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ ok: code === 0, wallMs: performance.now() - start, peakRss, cpuMs: childrenCpuMs() - cpuBefore, output });
    });
  });
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
export const gigabytes = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;
