/**
 * `npm run new -- <kind> <id> [--title "..." ...]`: start a new entry with every required field and
 * a comment on each. Asks for what is missing when run in a terminal; takes flags otherwise.
 * CONTENT_DIR (or --content) writes into another content folder.
 */
import { runNew } from './lib/scaffold-cli';

process.exitCode = await runNew(
  process.argv.slice(2),
  { input: process.stdin, output: process.stdout, error: process.stderr, interactive: process.stdin.isTTY === true },
  { contentDir: process.env.CONTENT_DIR ?? 'content' },
);
