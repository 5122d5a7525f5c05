/**
 * `npm run check`: check every entry of the content folder without building anything.
 * `npm run check -- --help` lists the options; exits 1 when there is an error.
 */
import { readOptions, USAGE, UsageError } from './lib/check/options';
import { runCheck } from './lib/check/run';

try {
  const options = readOptions(process.argv.slice(2));
  if (options.help) {
    console.log(USAGE);
  } else {
    const run = await runCheck(options, { color: process.stdout.isTTY && !process.env.NO_COLOR });
    console.log(run.output);
    process.exitCode = run.exitCode;
  }
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n\n${USAGE}`);
  } else {
    // Problems in files are diagnostics; this is the checker itself failing (it could not start its workers, say).
    console.error(`The checker itself failed: ${(error as Error)?.message ?? String(error)}\nPlease report this with the command you ran.${process.env.DEBUG ? `\n${(error as Error)?.stack}` : ''}`);
  }
  process.exitCode = 2;
}
