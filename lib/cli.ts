// `npm run juku -- <command> …`: the command-line face of the corpus pipeline. Commands live
// in one table, so `suggest` (query a bank) can be added beside `build` without touching the
// dispatcher.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BankFileSchema } from './schema';
import { bankOfSources, type LearnSource } from './corpus/learn';
import { readSource } from './bank/read-source';
import { loadPdfjsNode } from './formats/pdfjs-node';
import { createNodeSegmenter } from './segment-node';
import { runSuggest, type SuggestOptions } from './cli/suggest';

export type Io = { out: (line: string) => void; err: (line: string) => void };

type Command = {
  usage: string;
  run(args: string[], io: Io): number | Promise<number>;
};

export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

class UsageError extends Error {}

/** `build a.txt b.md -o bank.json [--name 名称]` → files, output, bank name. */
function parseBuildArgs(args: string[]): { files: string[]; output: string; name?: string } {
  const files: string[] = [];
  let output: string | undefined;
  let name: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '-o' || arg === '--output') output = args[++i];
    else if (arg === '--name') name = args[++i];
    else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
    else files.push(arg);
  }
  if (!files.length || !output) throw new UsageError('missing files or -o');
  return { files, output, ...(name ? { name } : {}) };
}

/** A user-facing message of any error: a reader's own words, or the system's code (ENOENT). */
const reasonOf = (error: unknown): string =>
  error instanceof Error && 'code' in error ? String(error.code) : error instanceof Error ? error.message : String(error);

/** Reads one file through the same readers the options page uses. */
async function readFile(path: string): Promise<LearnSource> {
  const bytes = readFileSync(path);
  return readSource(basename(path), bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, { loadPdfjs: loadPdfjsNode });
}

const build: Command = {
  usage: 'build <文件 files…> -o <bank.json> [--name 名称]',
  async run(args, io) {
    const { files, output, name } = parseBuildArgs(args);
    const started = performance.now();
    const sources: LearnSource[] = [];
    // A file that cannot be read is named with its reason; the others go on.
    for (const file of files) {
      try {
        sources.push(await readFile(file));
      } catch (error) {
        io.err(`跳过 skipped: cannot read file: ${file} (${reasonOf(error)})`);
      }
    }
    const { bank: built, documents } = bankOfSources(sources, createNodeSegmenter(), name ? { bankName: name } : {});
    for (const report of documents) {
      if (report.notes.length) io.err(`注意 note: ${report.name}: ${report.notes.map((n) => `${n.zh} (${n.en})`).join('；')}`);
    }
    const learned = built.skeletons.filter((s) => s.sources.length > 0).length;
    if (built.phrases.length === 0 && learned === 0) {
      io.err(`没有生成句库 nothing could be built from ${files.length} file(s); ${output} was not written`);
      return EXIT.failure;
    }
    // Validate what we are about to write with the same schema every reader uses.
    const bank = BankFileSchema.parse(built);
    // One line: the default bank ships in the extension, and indentation was half its size.
    const json = `${JSON.stringify(bank)}
`;
    try {
      writeFileSync(output, json, 'utf8');
    } catch (error) {
      io.err(`无法写入文件 cannot write file: ${output} (${error instanceof Error ? error.message : String(error)})`);
      return EXIT.failure;
    }
    const ms = Math.round(performance.now() - started);
    io.out(`已生成 wrote ${output}: ${bank.phrases.length} phrases, ${bank.skeletons.length} skeletons, ${sources.length} of ${files.length} files read, ${ms} ms`);
    return EXIT.ok;
  },
};

/** `suggest --bank b.json (--jsonl | <文字>) [--limit N]`. */
function parseSuggestArgs(args: string[]): SuggestOptions {
  let bank: string | undefined;
  let jsonl = false;
  let limit = 5;
  let gate = false;
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--bank') bank = args[++i];
    else if (arg === '--jsonl') jsonl = true;
    else if (arg === '--gate') gate = true;
    else if (arg === '--limit') limit = Number(args[++i]);
    else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
    else words.push(arg);
  }
  if (!bank || !Number.isInteger(limit) || limit < 1 || limit > 50) throw new UsageError('missing --bank or bad --limit');
  if (jsonl === (words.length > 0)) throw new UsageError('give either --jsonl or the text before the caret');
  return { bank, jsonl, limit, gate, ...(jsonl ? {} : { query: words.join(' ') }) };
}

const suggest: Command = {
  usage: 'suggest --bank <bank.json> (--jsonl | <光标前文字 text>) [--limit N] [--gate]',
  async run(args, io) {
    const options = parseSuggestArgs(args);
    try {
      await runSuggest(options, io.out);
      return EXIT.ok;
    } catch (error) {
      io.err(`无法使用句库文件 cannot use bank file: ${options.bank} (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
      return EXIT.failure;
    }
  },
};

export const COMMANDS: Readonly<Record<string, Command>> = { build, suggest };

export function usageLine(): string {
  const forms = Object.entries(COMMANDS).map(([name, command]) => `juku ${command.usage.replace(/^\S+/, name)}`);
  return `用法 Usage: ${forms.join(' | ')}`;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(usageLine());
    return EXIT.usage;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(usageLine());
      return EXIT.usage;
    }
    throw error;
  }
}

// Run only when executed (tsx lib/cli.ts …), not when imported by tests.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2), {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
}
