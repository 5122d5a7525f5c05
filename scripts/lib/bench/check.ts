/**
 * The check benchmark: `npm run check` over the synthetic corpus, cold (nothing cached) and warm
 * (every file's result cached, only the judgement across files runs again), beside the floor of
 * merely parsing every file once with the same parsers on the same number of worker threads.
 * Each figure is the median of several runs (CHECK_BENCH_RUNS, default 3), with the range, because
 * the machines it runs on are shared and noisy; the CPU time of each run (all threads) is printed
 * beside the wall time, since it says how much work was done even when the machine was busy, and
 * the peak memory of the process tree.
 * Every run is a fresh process, startup included.
 */
import { appendFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { gigabytes, measure, seconds, type Measured } from './measure';
import type { BenchContext, BenchSection, Figure } from './types';

const TARGET_MS = 5000;

/** Median (the mean of the middle two for an even count), least and most. */
function spread(values: number[]): { median: number; min: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(middle)] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
}
const FLOOR_RATIO = 1.5;

export const benchCheck: BenchSection = async (context) => {
  const { root, work, log } = context;
  const content = join(work, 'content');
  const cacheDir = join(work, 'check-cache');
  const runs = Number(process.env.CHECK_BENCH_RUNS ?? 3);
  const workers = String(Math.min(availableParallelism(), 4));
  const tsx = (script: string, args: string[], env: Record<string, string> = {}) =>
    measure(process.execPath, ['--import', 'tsx', script, ...args], { cwd: root, env: { NO_COLOR: '1', ...env } });
  const check = (extra: string[]) => tsx('scripts/check.ts', ['--content', content, '--workers', workers, '--cache-dir', cacheDir, ...extra]);
  const repeat = async (label: string, run: () => Promise<Measured>, before?: () => void) => {
    const times: number[] = [];
    const cpu: number[] = [];
    let peak = 0;
    for (let i = 0; i < runs; i++) {
      before?.();
      const result = await run();
      if (!result.ok) throw new Error(`${label} failed:\n${result.output.slice(-2000)}`);
      times.push(result.wallMs);
      peak = Math.max(peak, result.peakRss);
      cpu.push(result.cpuMs);
      log(`check: ${label}, run ${i + 1}/${runs}: ${seconds(result.wallMs)} wall, ${seconds(cpu[i])} CPU`);
    }
    return { ...spread(times), cpu: spread(cpu).median, peak };
  };
  const range = (t: { median: number; min: number; max: number; cpu: number; peak: number }) =>
    `${seconds(t.median)} (${seconds(t.min)}–${seconds(t.max)}), CPU ${seconds(t.cpu)}, ${gigabytes(t.peak)}`;
  const files = `${context.claims} claims, ${context.sources} sources`;

  const floor = await repeat('parse-only floor', () => tsx('scripts/lib/bench/parse-floor.ts', [content, workers]));
  const cold = await repeat('cold, no cache', () => check(['--no-cache']));
  const coldCaching = await repeat('cold, writing the cache', () => check([]), () => rmSync(cacheDir, { recursive: true, force: true }));
  const warm = await repeat('warm', () => check([]));
  // A pull request's worth of change: 1% of the claims edited since the cache was written.
  const edited = Math.max(1, Math.round(context.claims / 100));
  const editedLabel = `${edited} claim${edited === 1 ? '' : 's'} edited`;
  const touched = await repeat(`warm, ${editedLabel}`, () => check([]), () => {
    for (let c = 0; c < edited; c++) appendFileSync(join(content, 'claims', `claim-${c * 97 % context.claims}.mdx`), '\nEdited.\n');
  });

  const ratio = cold.median / floor.median;
  const cpuRatio = cold.cpu / floor.cpu;
  const figures: Figure[] = [
    { section: 'check', measure: `parse-only floor, ${files}, ${workers} workers`, value: range(floor) },
    { section: 'check', measure: 'check, cold (no cache)', value: range(cold), target: `≤ ${seconds(TARGET_MS)}`, met: cold.median <= TARGET_MS },
    { section: 'check', measure: '  cold ÷ parse-only floor, wall', value: `${ratio.toFixed(2)}×`, target: `≤ ${FLOOR_RATIO}×`, met: ratio <= FLOOR_RATIO },
    { section: 'check', measure: '  cold ÷ parse-only floor, CPU', value: `${cpuRatio.toFixed(2)}×`, target: `≤ ${FLOOR_RATIO}×`, met: cpuRatio <= FLOOR_RATIO },
    { section: 'check', measure: 'check, cold, writing the cache', value: range(coldCaching) },
    { section: 'check', measure: 'check, warm (all results cached)', value: range(warm), target: `≤ ${seconds(TARGET_MS)}`, met: warm.median <= TARGET_MS },
    { section: 'check', measure: `check, warm, ${editedLabel}`, value: range(touched), target: `≤ ${seconds(TARGET_MS)}`, met: touched.median <= TARGET_MS },
  ];
  return figures;
};
