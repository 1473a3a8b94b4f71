import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";

export const ARTIFACTS = resolve(import.meta.dirname, "../test-artifacts");

export interface Browser {
  context: BrowserContext;
  /** Console errors and uncaught page errors since the last call. */
  takeErrors(): string[];
  close(): Promise<void>;
}

/** Debian's chromium, headless, on a fresh profile that is thrown away afterwards. */
export async function launchBrowser(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), "newsgraph-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--no-first-run",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  let errors: string[] = [];
  context.on("console", (message) => {
    if (message.type() === "error") errors.push(`${message.page()?.url() ?? "?"}: ${message.text()}`);
  });
  context.on("weberror", (error) => errors.push(`uncaught: ${error.error().message}`));
  return {
    context,
    takeErrors: () => {
      const taken = errors;
      errors = [];
      return taken;
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Largest Contentful Paint of the page's load, in ms, from a buffered PerformanceObserver. */
export async function measureLcp(page: Page): Promise<number | null> {
  return page.evaluate(
    () =>
      new Promise<number | null>((done) => {
        let last: number | null = null;
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) last = entry.startTime;
        });
        observer.observe({ type: "largest-contentful-paint", buffered: true });
        // LCP entries stop once the page is idle; give late ones a moment to arrive.
        setTimeout(() => {
          observer.disconnect();
          done(last);
        }, 1000);
      }),
  );
}
