import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const seed = fileURLToPath(new URL("../../../seeds/000_bec17d8f6e35f6e3.txt", import.meta.url));
const page = fileURLToPath(new URL("./fixtures/saved-page.html", import.meta.url));

function cli(args: string[], stdin?: string) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    cwd: packageDir,
    input: stdin,
    encoding: "utf8",
    timeout: 60_000,
  });
  const lines = run.stdout.split("\n").filter((l) => l);
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, lines };
}

// Each test spawns the CLI under tsx (a cold compile): on a loaded 2-core machine one spawn
// took 40 s, past the suite's 30 s default, so these tests get room enough for two.
describe("the command line", { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), "parser-cli-"));
  const batch = join(dir, "batch.jsonl");
  writeFileSync(
    batch,
    [
      JSON.stringify({
        url: "https://en.wikinews.org/wiki/A",
        title: "A",
        publishedAt: "2020-01-02",
        text: "First story. It ends.",
      }),
      "{this is not json",
      "",
      JSON.stringify({ title: "B", text: "Second story." }),
    ].join("\n"),
  );
  const record = join(dir, "one.json");
  writeFileSync(record, JSON.stringify({ title: "One", text: "A record story. Two sentences." }));
  const binary = join(dir, "garbage.txt");
  writeFileSync(binary, Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 7, 8]));

  it("prints one JSON line per article in order, error lines for bad input, and fails at the end", () => {
    const missing = join(dir, "missing.txt");
    const run = cli(["--jsonl", "--date", "2021-01-01", seed, missing, batch, binary, record, page]);
    const out = run.lines.map((l) => JSON.parse(l));
    expect(out.map((o) => [o.file, o.line ?? null, "error" in o])).toEqual([
      [seed, null, false],
      [missing, null, true],
      [batch, 1, false],
      [batch, 2, true],
      [batch, 4, false],
      [binary, null, true],
      [record, null, false],
      [page, null, false],
    ]);
    expect(Object.keys(out[0])[0]).toBe("file");
    expect(out[0].title).toBe("Russia Recalls Its Ambassador to the U.S. for Consultations");
    expect(out[1].error).toMatch(/missing\.txt/);
    expect(out[3].error).toMatch(/batch\.jsonl:2: not valid JSON/);
    expect(out[5].error).toMatch(/garbage\.txt: .*binary/);
    expect(out[6].text).toBe("A record story. Two sentences.");
    expect(out[7].source).toBe("The Daily Ledger");
    expect(run.code).toBe(1);
  });

  it("reads one article from standard input and exits 0 when all went well", () => {
    const run = cli(["--jsonl", "-"], "Talks Collapse in Geneva\n\nThe talks collapsed on Monday. Both sides left.");
    expect(run.code).toBe(0);
    const [article] = run.lines.map((l) => JSON.parse(l));
    expect(article.file).toBe("-");
    expect(article.title).toBe("Talks Collapse in Geneva");
    expect(article.sentences).toHaveLength(2);
  });

  it("prints a short summary without --jsonl, and help", () => {
    const run = cli([seed]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Russia Recalls Its Ambassador/);
    expect(run.stdout).toMatch(/The Wall Street Journal · 2021-03-17 · Jessica Donati, Ann M\. Simmons/);
    expect(run.stdout).toMatch(/\d+ paragraphs, \d+ sentences/);
    const help = cli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: pnpm --silent parse \[--jsonl\]/);
  });

  it("rejects a bad option or date with usage and exit 2", () => {
    const run = cli(["--date", "March 3", seed]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--date needs a date as YYYY-MM-DD/);
    expect(run.stdout).toBe("");
  });

  it("takes a date in the file's name as the publication date when --date is not given", () => {
    const dated = join(dir, "wire_2016-01-20_talks.txt");
    writeFileSync(dated, "The ministers met on Tuesday. They agreed to meet again.");
    const line = JSON.parse(cli(["--jsonl", dated]).lines[0] ?? "{}");
    expect(line.publishedAt).toBe("2016-01-20");
    expect(line.dates[0]?.value).toBe("2016-01-19");
    const given = JSON.parse(cli(["--jsonl", "--date", "2020-06-05", dated]).lines[0] ?? "{}");
    expect(given.publishedAt).toBeNull();
    expect(given.dates[0]?.value).toBe("2020-06-02");
  });
});
