import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { UserMenu } from "@/components/auth/user-menu";
import { SiteNav } from "@/components/ui/site-nav";
import { ThemeScript } from "@/components/ui/theme-script";
import { ThemeSwitch } from "@/components/ui/theme-switch";
import { configuredOrigin } from "@/lib/feeds/site";
import "./globals.css";

export const metadata: Metadata = {
  // Open Graph images and feed links are absolute URLs: on the public address when it is set.
  metadataBase: configuredOrigin(),
  title: { default: "Prediction Tracker", template: "%s · Prediction Tracker" },
  description: "Hold forecasts to account over years: claims, evidence, verdicts and a scorecard.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The inline theme script sets data-theme before React hydrates, so the attribute differs.
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <div className="inner">
            <Link href="/" className="brand">
              Prediction Tracker
            </Link>
            <SiteNav />
            <div className="header-end">
              <UserMenu />
              <ThemeSwitch />
            </div>
          </div>
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          Claims are quoted verbatim from their sources. Evidence and verdicts are kept as dated, append-only history.{" "}
          <Link href="/docs/api">API reference</Link>
        </footer>
      </body>
    </html>
  );
}
