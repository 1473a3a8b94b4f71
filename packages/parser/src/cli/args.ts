export interface CliArgs {
  jsonl: boolean;
  date: string | null;
  help: boolean;
  files: string[];
}

export const USAGE = `Usage: pnpm --silent parse [--jsonl] [--date YYYY-MM-DD] FILE...

Parses news articles into actors, claims, accusations, denials and responses.

  FILE          .txt (pasted article), .html/.htm (saved page), .json (one record
                {url, title, publishedAt, source, text}), .jsonl (one record a line);
                "-" reads one article from standard input
  --jsonl       print one JSON object per article (the full result) instead of a summary
  --date DATE   reference date (YYYY-MM-DD) for articles that carry none; without it,
                a date in a file's name (nyt_2016-01-20_story.txt) is used
  --help        show this help

A file that cannot be read or parsed yields an error (a {"file", "error"} line
with --jsonl); the other files are still parsed and the exit status is 1.`;

/** Parses the command line; throws an Error with a usage message when it is wrong. */
export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { jsonl: false, date: null, help: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") {
      args.files.push(...argv.slice(i + 1));
      break;
    }
    if (arg === "--jsonl") args.jsonl = true;
    else if (arg === "--help" || arg === "-h") args.help = true;
    else if (arg === "--date" || arg.startsWith("--date=")) {
      const value = arg === "--date" ? argv[++i] : arg.slice("--date=".length);
      if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value))
        throw new Error(`--date needs a date as YYYY-MM-DD, got "${value ?? ""}"`);
      args.date = value;
    } else if (arg.startsWith("-") && arg !== "-") throw new Error(`unknown option ${arg}`);
    else args.files.push(arg);
  }
  if (!args.help && !args.files.length) throw new Error("no FILE given");
  return args;
}
