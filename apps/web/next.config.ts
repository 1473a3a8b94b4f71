import type { NextConfig } from "next";

const config: NextConfig = {
  // The parser reads its lexicons from files next to its code; Node must load it as is.
  serverExternalPackages: ["@newsgraph/parser"],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default config;
