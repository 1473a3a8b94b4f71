import type { Metadata } from "next";
import { type ReactNode, Suspense } from "react";
import { SiteNav } from "@/components/site-nav";
import { Providers } from "./providers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "newsgraph", template: "%s · newsgraph" },
  description: "Who accuses whom in the news, how they respond, and the words that say so.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <Providers>
          <header className="site-header">
            <Suspense fallback={null}>
              <SiteNav />
            </Suspense>
          </header>
          <main className="site-main">{children}</main>
        </Providers>
      </body>
    </html>
  );
}
