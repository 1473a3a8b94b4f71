// Parses the Wikinews sample once to warm up, then PROFILE_ROUNDS times (default 3)
// under the V8 CPU profiler, and writes the profile to PROFILE_OUT (default
// parse.cpuprofile) for a flame view or a per-function table: the warm-up round
// (module loading, first compiles of every pattern) is left out.
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { parseArticle } from "../src/parse-article.js";
import { records } from "./wikinews-records.js";

const rounds = Number(process.env.PROFILE_ROUNDS ?? 3);
const parseAll = () => {
  for (const record of records) parseArticle({ kind: "record", record });
};
parseAll();
const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 200 });
await session.post("Profiler.start");
for (let r = 0; r < rounds; r++) parseAll();
const { profile } = await session.post("Profiler.stop");
writeFileSync(process.env.PROFILE_OUT ?? "parse.cpuprofile", JSON.stringify(profile));
