/**
 * `npm run new -- <kind> <id> [--flag value ...]`: reads the command line, asks for what is missing
 * when a person is at a terminal, refuses bad input with a message that says what to do, and
 * writes the new entry. Streams are passed in, so tests can play the terminal.
 */
import { createInterface } from 'node:readline';
import { existsSync, statSync } from 'node:fs';
import { closest } from '../../src/pipeline/suggest';
import { KINDS, KIND_NAMES, kindOfFolder, type Kind } from '../../src/schema/index';
import {
  buildScaffold,
  checkAnswer,
  displayPath,
  entryIds,
  idFromTitle,
  idProblem,
  NOUN,
  questionField,
  todayUtc,
  writeScaffold,
  type Answers,
} from './scaffold';
import { TEMPLATES, type Question } from './scaffold-templates';

export interface Terminal {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  error: NodeJS.WritableStream;
  /** Whether a person is typing (stdin is a TTY): then missing values are asked for. */
  interactive: boolean;
}

export interface NewOptions {
  /** Content folder when `--content` is not given. */
  contentDir: string;
  today?: string;
}

/** Options every kind takes, besides its own. */
const COMMON = { content: 'a content folder other than content/', 'no-prompt': 'ask nothing, even in a terminal', help: 'show this help' };
const SWITCHES = new Set(['no-prompt', 'help']);

class UsageError extends Error {}

interface Parsed {
  positionals: string[];
  flags: Map<string, string[]>;
}

/** `--name value`, `--name=value`, repeated flags and positionals; nothing else. */
function parseArgs(args: string[]): Parsed {
  const positionals: string[] = [];
  const flags = new Map<string, string[]>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--') || arg === '--') {
      if (arg !== '--') positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    let value: string;
    if (SWITCHES.has(name)) value = 'true';
    else if (eq !== -1) value = arg.slice(eq + 1);
    else if (i + 1 < args.length && !args[i + 1].startsWith('--')) value = args[++i];
    else throw new UsageError(`--${name} needs a value: --${name} "..."`);
    flags.set(name, [...(flags.get(name) ?? []), value]);
  }
  return { positionals, flags };
}

function kindNamed(word: string): Kind | undefined {
  const lower = word.toLowerCase();
  return (KIND_NAMES as string[]).includes(lower) ? (lower as Kind) : kindOfFolder(lower);
}

function flagsOf(kind: Kind): string[] {
  return [...TEMPLATES[kind].questions.map((q) => q.flag), ...Object.keys(COMMON)];
}

export function usage(kind?: Kind): string {
  const kinds = kind ? [kind] : KIND_NAMES;
  const lines = [
    'Start a new entry from the schema, with every required field and a comment on each:',
    '',
    ...kinds.map((k) => `  npm run new -- ${k} <id> ${TEMPLATES[k].questions.map((q) => `[--${q.flag} ${q.list ? '<id,...>' : q.exists ? '<id>' : '"..."'}]`).join(' ')}`),
    '',
    '<id> is the file name: lowercase words joined by hyphens, e.g. weibo-blocked-data-leak-hashtag.',
    'In a terminal it asks for what you leave out; press Enter to skip a question and fill the field',
    'in the file later. Every field left empty ("") is reported by the checker until you fill it in.',
    '',
    'Options for every kind:',
    ...Object.entries(COMMON).map(([flag, what]) => `  ${`--${flag}${SWITCHES.has(flag) ? '' : ' <folder>'}`.padEnd(20)}${what}`),
  ];
  return lines.join('\n');
}

/** Runs the command; returns the exit code. */
export async function runNew(args: string[], terminal: Terminal, options: NewOptions): Promise<number> {
  const say = (line = '') => terminal.output.write(`${line}\n`);
  const fail = (message: string) => {
    terminal.error.write(`${message}\n`);
    return 1;
  };
  let lines: AsyncIterator<string> | undefined;
  let readline: ReturnType<typeof createInterface> | undefined;
  const ask = async (prompt: string): Promise<string | undefined> => {
    if (!readline) {
      readline = createInterface({ input: terminal.input, output: terminal.output, terminal: false });
      lines = readline[Symbol.asyncIterator]();
    }
    terminal.output.write(prompt);
    const next = await lines!.next();
    return next.done ? undefined : next.value;
  };

  try {
    const { positionals, flags } = parseArgs(args);
    if (flags.has('help')) {
      say(usage(positionals[0] ? kindNamed(positionals[0]) : undefined));
      return 0;
    }
    const interactive = terminal.interactive && !flags.has('no-prompt');
    const contentDir = flags.get('content')?.at(-1) ?? options.contentDir;
    if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
      return fail(`There is no content folder "${contentDir}". Run the command from the project folder, or give --content <folder>.`);
    }
    const today = options.today ?? todayUtc();

    let kindWord: string | undefined = positionals[0];
    let id: string | undefined = positionals[1];
    const extra = positionals.slice(2);
    if (extra.length) return fail(`Unexpected "${extra.join(' ')}": put each value after its option, in quotes, e.g. --title "A short title".\n\n${usage()}`);
    if (kindWord === undefined) {
      if (!interactive) return fail(`Say what to create: npm run new -- <kind> <id>, where <kind> is one of ${KIND_NAMES.join(', ')}.\n\n${usage()}`);
      kindWord = (await askUntil(ask, say, `What do you want to add (${KIND_NAMES.join(', ')})? `, (w) => (kindNamed(w) ? undefined : kindHint(w)))) ?? '';
    }
    const kind = kindNamed(kindWord);
    if (!kindWord) return fail('No kind given; nothing was written.');
    if (!kind) return fail(`${kindHint(kindWord)}\n\n${usage()}`);

    for (const flag of flags.keys()) {
      if (!flagsOf(kind).includes(flag)) {
        const near = closest(flag, flagsOf(kind));
        return fail(`npm run new -- ${kind} has no option --${flag}.${near ? ` Did you mean --${near}?` : ''} Its options are: ${flagsOf(kind).map((f) => `--${f}`).join(', ')}.`);
      }
    }
    if (id !== undefined) {
      const problem = idProblem(contentDir, kind, id);
      if (problem) return fail(problem);
    }

    const answers: Answers = new Map();
    for (const question of TEMPLATES[kind].questions) {
      const given = flags.get(question.flag);
      if (given) {
        const values = splitValues(question, given);
        for (const value of values) {
          const checked = checkAnswer(contentDir, kind, question, value);
          if (checked.problem) return fail(`--${question.flag}: ${checked.problem}`);
        }
        answers.set(question.field, values.map((v) => checkAnswer(contentDir, kind, question, v).value!));
      }
    }

    if (interactive) {
      say(`New ${NOUN[kind]}${id ? `: ${displayPath(contentDir, kind, id)}` : ''}. Press Enter to skip a question; the field is then left empty ("") in the file for you to fill in.`);
      for (const question of TEMPLATES[kind].questions) {
        if (answers.has(question.field)) continue;
        const values = await askQuestion(ask, say, contentDir, kind, question, today);
        if (values === undefined) break; // input closed
        if (values.length) answers.set(question.field, values);
      }
    }

    if (id === undefined) {
      if (!interactive) return fail(`Give the new ${NOUN[kind]} an id, its file name: npm run new -- ${kind} <id>, e.g. npm run new -- ${kind} ${exampleId(kind)}.`);
      const title = answers.get('title')?.[0] ?? answers.get('name')?.[0];
      const suggestion = title ? idFromTitle(title) : undefined;
      const offered = suggestion && !idProblem(contentDir, kind, suggestion) ? suggestion : undefined;
      say(`The id is the file name, in lowercase words joined by hyphens; it becomes the page's address.`);
      id = await askUntil(ask, say, offered ? `Id [${offered}]: ` : 'Id: ', (answer) => idProblem(contentDir, kind, answer), offered);
      if (!id) return fail('No id given; nothing was written.');
    }

    const scaffold = buildScaffold(kind, id, answers, { contentDir, today });
    writeScaffold(scaffold);
    say(`Created ${scaffold.file}`);
    if (scaffold.placeholders.length) {
      say(`Still to fill in (left as "" in the file; the checker reports each one until it is filled):`);
      say(`  ${scaffold.placeholders.join(', ')}`);
    }
    if (KINDS[kind].hasBody) say('Write the body below the second "---", in place of the comment there.');
    say('Then run npm run check, or keep npm run dev running: it checks every time you save.');
    say('Every field is described in docs/fields.md; how to write a good entry, in CONTRIBUTING.md.');
    return 0;
  } catch (error) {
    if (error instanceof UsageError) return fail(`${error.message}\n\n${usage()}`);
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return fail('That file appeared while the command was running; nothing was overwritten.');
    throw error;
  } finally {
    readline?.close();
  }
}

function kindHint(word: string): string {
  const near = closest(word, KIND_NAMES);
  return `"${word}" is not a kind of entry.${near ? ` Did you mean "${near}"?` : ''} The kinds are: ${KIND_NAMES.join(', ')}.`;
}

function exampleId(kind: Kind): string {
  return { claim: 'weibo-blocked-data-leak-hashtag', source: 'reuters-shanghai-police-leak-2022', topic: 'leaks', entity: 'pipl', review: 'seed-article-review', question: 'current-camera-count', series: 'camera-estimates' }[kind];
}

function splitValues(question: Question, given: string[]): string[] {
  const values = question.list ? given.flatMap((v) => v.split(',')) : [given[given.length - 1]];
  return values.map((v) => v.trim()).filter(Boolean);
}

/** Asks until the answer is acceptable or empty; undefined when the input ends. */
async function askUntil(
  ask: (prompt: string) => Promise<string | undefined>,
  say: (line?: string) => void,
  prompt: string,
  problem: (answer: string) => string | undefined,
  fallback?: string,
): Promise<string | undefined> {
  for (;;) {
    const raw = await ask(prompt);
    if (raw === undefined) return undefined;
    const answer = raw.trim() || fallback || '';
    if (!answer) return '';
    const wrong = problem(answer);
    if (!wrong) return answer;
    say(`  ${wrong}`);
  }
}

async function askQuestion(
  ask: (prompt: string) => Promise<string | undefined>,
  say: (line?: string) => void,
  contentDir: string,
  kind: Kind,
  question: Question,
  today: string,
): Promise<string[] | undefined> {
  const field = questionField(kind, question);
  say('');
  say(`${question.label ?? field.path}: ${field.doc}`);
  if (field.options) say(`  One of: ${field.options.join(', ')}.`);
  if (question.exists && question.exists !== 'source') {
    const { folder } = KINDS[question.exists];
    const ids = entryIds(contentDir, question.exists);
    if (ids.length && ids.length <= 30) say(`  The ${folder}: ${ids.join(', ')}.`);
  }
  if (question.list) say('  Several: separate them with commas.');
  const fallback = question.suggest === 'today' ? today : undefined;
  for (;;) {
    const raw = await ask(fallback ? `[${fallback}] > ` : '> ');
    if (raw === undefined) return undefined;
    const values = splitValues(question, [raw.trim() || fallback || '']);
    const problems = values.map((v) => checkAnswer(contentDir, kind, question, v)).filter((c) => c.problem);
    if (!problems.length) return values.map((v) => checkAnswer(contentDir, kind, question, v).value!);
    for (const p of problems) say(`  ${p.problem}`);
  }
}
