import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { ARTIFACTS, type Browser, launchBrowser, measureLcp, screenshot } from "./browser";

const web = inject("webUrl");
const api = inject("apiUrl");
const lcp: Record<string, number | null> = {};
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  writeFileSync(join(ARTIFACTS, "lcp.json"), `${JSON.stringify(lcp, null, 2)}\n`);
  for (const [view, ms] of Object.entries(lcp))
    console.log(`LCP ${view}: ${ms === null ? "n/a" : `${ms.toFixed(0)} ms`}`);
  await browser?.close();
});

afterEach(() => {
  // Any console error or uncaught exception on any page fails the test that caused it.
  expect(browser.takeErrors()).toEqual([]);
});

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${web}${path}`, { waitUntil: "load" });
  return page;
}

async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(api, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

describe("the dashboard on the production build and the real API", () => {
  it("sends only queries the API accepts: valid, and within its depth and cost limits", async () => {
    const documents = Object.entries(await import("../generated/graphql")).filter(([name]) =>
      name.endsWith("Document"),
    );
    expect(documents.length).toBeGreaterThan(5);
    for (const [name, document] of documents) {
      const response = await fetch(api, {
        method: "POST",
        headers: { "content-type": "application/json" },
        // Validation runs before variables are read, so placeholders will do.
        body: JSON.stringify({ query: String(document), variables: { id: "x", q: "x", input: {} } }),
      });
      const body = (await response.json()) as { errors?: { message: string }[] };
      const rejected = (body.errors ?? []).filter((error) =>
        /limit|Cannot query|Unknown|validation/i.test(error.message),
      );
      expect(rejected, name).toEqual([]);
    }
  });

  it("opens the overview with the corpus counts, top actors and the response timeline", async () => {
    const { corpusStats } = await graphql<{ corpusStats: { articles: number; accusations: number } }>(
      "{ corpusStats { articles accusations } }",
    );
    const page = await open("/");
    lcp.overview = await measureLcp(page);
    await expect.poll(() => page.textContent('[data-stat="articles"] strong')).toBe(String(corpusStats.articles));
    expect(await page.textContent('[data-stat="accusations"] strong')).toBe(String(corpusStats.accusations));
    const accusers = page.locator("section", { has: page.getByRole("heading", { name: "Top accusers" }) });
    expect(await accusers.locator("ol.bars li").count()).toBeGreaterThan(0);
    await page.locator(".recharts-surface").first().waitFor();
    expect(await page.locator(".recharts-legend-item").count()).toBeGreaterThan(0);
    expect(await page.locator("#latest-heading ~ ul li").count()).toBeGreaterThan(0);
    await screenshot(page, "overview");
    await page.close();
  });

  it("follows the seed article's accusation edge in the network to its highlighted sentence", async () => {
    // The seed article must give the network at least one accuser → accused edge.
    const { articles } = await graphql<{
      articles: {
        edges: {
          node: { id: string; accusations: { id: string; accuser: { id: string }; accused: { id: string }[] }[] };
        }[];
      };
    }>(
      `{ articles(filter: { search: "Russia Recalls Its Ambassador" }, first: 1) {
          edges { node { id accusations { id accuser { id } accused { id } } } } } }`,
    );
    const seed = articles.edges[0]?.node;
    expect(seed, "the seed article is stored").toBeDefined();
    const accusation = seed?.accusations.find((a) => a.accused.some((x) => x.id !== a.accuser.id));
    expect(accusation, "the seed article has an accusation between two actors").toBeDefined();
    if (!seed || !accusation) return;
    const target = accusation.accused.find((x) => x.id !== accusation.accuser.id)?.id ?? "";
    const page = await open("/network");
    const edge = page.locator(`[data-edge="${accusation.accuser.id}→${target}"]`);
    await edge.waitFor();
    expect(await page.locator("[data-actor]").count()).toBeGreaterThan(1);
    // The keyboard reaches an edge as a pointer does.
    await edge.focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/edge=/);
    await expect.poll(() => edge.getAttribute("aria-pressed")).toBe("true");
    const cards = page.locator(".edge-panel [data-accusation]");
    await cards.first().waitFor();
    // The panel lists the edge's accusations newest first; follow one from the seed article.
    const card = page.locator(`.edge-panel [data-accusation]:has(a[href^="/articles/${seed.id}?"])`).first();
    await card.waitFor();
    const evidence = (await card.locator("blockquote.evidence").textContent())?.trim() ?? "";
    expect(evidence.length).toBeGreaterThan(0);
    await screenshot(page, "network");
    await card.getByRole("link", { name: /^Show in/ }).click();
    await page.waitForURL(/\/articles\/.+\?item=acc_/);
    const highlighted = page.locator('mark[aria-current="true"]');
    await highlighted.first().waitFor();
    expect((await highlighted.allTextContents()).join("").trim()).toBe(evidence);
    expect(await page.locator(".item-detail").textContent()).toContain("Accusation");
    await screenshot(page, "article");
    const articleUrl = page.url();
    await page.close();

    // A fresh load of the article, for its LCP.
    const fresh = await browser.context.newPage();
    await fresh.goto(articleUrl, { waitUntil: "load" });
    lcp.article = await measureLcp(fresh);
    await fresh.locator('mark[aria-current="true"]').first().waitFor();
    await fresh.close();
  });

  it("opens an actor from the network", async () => {
    const page = await open("/network");
    const node = page.locator("[data-actor]").first();
    await node.waitFor();
    const name = await node.getAttribute("data-name");
    await node.focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/actors\/act_/);
    await expect.poll(() => page.locator("h1").textContent()).toBe(name);
    // First load: the header with its counts and the timeline tab.
    const counts = page.getByRole("list", { name: "Counts" });
    await counts.waitFor();
    expect(await counts.locator("li").count()).toBe(7);
    await page.getByRole("heading", { name: /^Timeline \(\d+\)$/ }).waitFor();
    expect(await page.getByRole("heading", { name: /^Accusations (made|received) \(/ }).count()).toBe(0);
    await screenshot(page, "actor");
    // Each tab is its own query, in the URL; its totals are the header's counts.
    const made = Number(await counts.locator("li", { hasText: "accusations made" }).locator("strong").textContent());
    const received = Number(
      await counts
        .locator("li", { hasText: /^\d+ received$/ })
        .first()
        .locator("strong")
        .textContent(),
    );
    const tabs = page.getByRole("navigation", { name: "Actor sections" });
    await tabs.getByRole("link", { name: "Accusations" }).click();
    await page.waitForURL(/[?&]tab=accusations/);
    await page.getByRole("heading", { name: `Accusations made (${made})` }).waitFor();
    await page.getByRole("heading", { name: `Accusations received (${received})` }).waitFor();
    expect(await tabs.getByRole("link", { name: "Accusations" }).getAttribute("aria-current")).toBe("page");
    const cards = await page.locator("[data-accusation]").count();
    expect(cards).toBe(Math.min(made, 10) + Math.min(received, 10));
    // A reload (or a shared link) opens the same tab, rendered on the server.
    await page.reload({ waitUntil: "load" });
    await page.getByRole("heading", { name: `Accusations made (${made})` }).waitFor();
    expect(await page.locator("[data-accusation]").count()).toBe(cards);
    for (const [tab, heading] of [
      ["Responses", /^Responses given \(\d+\)$/],
      ["Denials", /^Denials \(\d+\)$/],
      ["Claims", /^Claims \(\d+\)$/],
      ["Articles", /^Articles \(\d+\)$/],
      ["Timeline", /^Timeline \(\d+\)$/],
    ] as const) {
      await tabs.getByRole("link", { name: tab, exact: true }).click();
      await page.getByRole("heading", { name: heading }).waitFor();
    }
    expect(new URL(page.url()).searchParams.get("tab")).toBeNull();
    await page.close();
  });

  it("filters the articles by a date range kept in the URL, across a reload", async () => {
    const page = await open("/articles");
    const items = page.locator("ul[aria-label=Articles] li");
    await items.first().waitFor();
    const all = await items.count();
    await page.fill('input[name="from"]', "2019-01-01");
    await page.fill('input[name="to"]', "2019-12-31");
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL(/from=2019-01-01&to=2019-12-31/);
    const inRange = async () => {
      await expect.poll(() => items.count()).toBeLessThan(all);
      const dates = await items.evaluateAll((lis) => lis.map((li) => li.getAttribute("data-published") ?? ""));
      expect(dates.length).toBeGreaterThan(0);
      for (const date of dates) expect(date >= "2019-01-01" && date <= "2019-12-31z").toBe(true);
      return dates;
    };
    const before = await inRange();
    await page.reload({ waitUntil: "load" });
    expect(await page.inputValue('input[name="from"]')).toBe("2019-01-01");
    expect(await page.inputValue('input[name="to"]')).toBe("2019-12-31");
    expect(await inRange()).toEqual(before);
    await screenshot(page, "articles-2019");
    await page.close();
  });

  it("ingests a pasted article, previews and saves it, and finds it by search", async () => {
    const marker = `Quorvania${Date.now().toString(36)}`;
    const title = `${marker} protests over fishing rights`;
    const text = `${title}\n\nThe government of ${marker} said on Tuesday that its neighbour had seized three fishing boats. Officials accused the coast guard of acting illegally and summoned the ambassador.`;
    const page = await open("/ingest");
    await page.fill("#ingest-text", text);
    await page.getByRole("button", { name: "Preview" }).click();
    await page.locator("[data-preview-counts]").first().waitFor();
    expect(await page.locator(".preview summary strong").first().textContent()).toBe(title);
    await screenshot(page, "ingest-preview");
    await page.getByRole("button", { name: /^Save/ }).click();
    const saved = page.locator('[data-saved="ok"] a');
    await saved.waitFor();
    await saved.click();
    await page.waitForURL(/\/articles\/art_/);
    await expect.poll(() => page.locator("h1").textContent()).toBe(title);
    await page.goto(`${web}/search?q=${marker}`, { waitUntil: "load" });
    const found = page.locator("section", { has: page.locator("#found-articles") }).getByRole("link", { name: title });
    await found.waitFor();
    await screenshot(page, "search");
    await page.close();
  });

  it("shows an article carrying <script> and onerror= as text and runs none of it", async () => {
    const page = await open("/ingest");
    const dialogs: string[] = [];
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const hostile = `Council meeting ends without a vote\n\nThe council said <script>window.__pwned = 1; alert("script")</script> nothing was decided.\n\nA resident wrote <img src=x onerror="window.__pwned = 2; alert('onerror')"> in the minutes.`;
    await page.fill("#ingest-text", hostile);
    await page.selectOption("select", "text");
    await page.getByRole("button", { name: "Preview" }).click();
    await page.locator("[data-preview-counts]").first().waitFor();
    await page.getByRole("button", { name: /^Save/ }).click();
    await page.locator('[data-saved="ok"] a').click();
    await page.waitForURL(/\/articles\/art_/);
    const body = page.locator(".article-text");
    await body.waitFor();
    expect(await body.textContent()).toContain('<script>window.__pwned = 1; alert("script")</script>');
    expect(await body.textContent()).toContain("onerror=");
    expect(await page.locator(".article-text script, .article-text img").count()).toBe(0);
    await screenshot(page, "injection-text");

    // The same as an HTML page dropped on the form.
    await page.goto(`${web}/ingest`, { waitUntil: "load" });
    const html = `<!doctype html><html><head><title>Harbour plan approved</title><script>window.__pwned = 3; alert("head")</script></head><body><article><h1>Harbour plan approved</h1><p>The harbour board approved the plan on Friday after a long debate among its members.</p><p><img src="missing.png" onerror="window.__pwned = 4; alert('img')">The plan adds two new piers and a ferry terminal.</p><script>window.__pwned = 5</script></article></body></html>`;
    await page.setInputFiles('input[type="file"]', {
      name: "hostile.html",
      mimeType: "text/html",
      buffer: Buffer.from(html),
    });
    await page.getByRole("button", { name: "Preview" }).click();
    await page.locator("[data-preview-counts]").first().waitFor();
    await page.getByRole("button", { name: /^Save/ }).click();
    await page.locator('[data-saved="ok"] a').click();
    await page.waitForURL(/\/articles\/art_/);
    await page.locator(".article-text").waitFor();
    expect(await page.locator(".article-text").textContent()).toContain("two new piers");
    expect(await page.locator(".article-text script, .article-text img, [onerror]").count()).toBe(0);
    await screenshot(page, "injection-html");
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it("shows the matrix sortable by column, and responses with their modality and what they answer", async () => {
    const page = await open("/matrix");
    const matrix = page.locator("table.matrix");
    await matrix.waitFor();
    const firstColumn = matrix.locator("thead th.matrix-col button").first();
    await firstColumn.click();
    await page.waitForURL(/sort=col%3A|sort=col:/);
    expect(await matrix.locator('thead th[aria-sort="descending"]').count()).toBe(1);
    await screenshot(page, "matrix");

    await page.goto(`${web}/responses`, { waitUntil: "load" });
    const card = page
      .locator("[data-response]")
      .filter({ has: page.locator(".responds-to") })
      .first();
    await card.waitFor();
    expect(await card.locator(".badge").first().textContent()).toMatch(
      /^(done|announced|threatened|considered|negated)$/,
    );
    await page.locator(".recharts-surface").first().waitFor();
    await screenshot(page, "responses");
    const modality = (await card.locator(".badge").first().textContent()) ?? "";

    // Stacked by modality, the chart names the card's modality in its legend.
    const byModality = await browser.context.newPage();
    await byModality.goto(`${web}/responses?by=modality`, { waitUntil: "load" });
    await byModality.locator(".recharts-legend-item .legend-text", { hasText: modality }).first().waitFor();
    expect(await byModality.locator("h2", { hasText: "Responses by date and modality" }).count()).toBe(1);
    await screenshot(byModality, "responses-by-modality");
    await byModality.close();

    await card.locator(".responds-to a").click();
    await page.waitForURL(/\/articles\/.+\?item=/);
    await page.locator('mark[aria-current="true"]').first().waitFor();
    await page.close();
  });
});
