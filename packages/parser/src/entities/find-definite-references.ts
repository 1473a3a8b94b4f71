import referenceNouns from "../../data/reference-nouns.json";
import type { Scan } from "./scan.js";
import { THE } from "./trigger-words.js";

const OUTLETS = new Set(referenceNouns.outlets);
const FIRMS = new Set(referenceNouns.firms);
const HEADS = new Set(referenceNouns.heads);
const ACCUSING = new Set(referenceNouns.accusingVerbs);

// Words after the noun that make it a modifier or a different thing: "the company's
// shares" stays ("'s" is no word here), "the network of tunnels", "the court case" do not.
const NOT_AFTER = new Set(["of", "that", "which", "who", "where"]);

/**
 * "the network", "the company", "the commission": a definite description
 * that may stand for an actor named earlier. Each becomes a description
 * mention carrying its noun (`refHead`); the actor stage ties it to the
 * nearest compatible actor before it, or leaves it out.
 */
export function findDefiniteReferences(scan: Scan): void {
  const { tokens } = scan;
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (!scan.triggered(k, THE) || scan.named[k + 1] || scan.headline[k]) continue;
    const t = tokens[k + 1];
    if (!t || t.kind !== "word" || t.cap) continue;
    const noun = scan.lower(k + 1);
    const outlet = OUTLETS.has(noun);
    const firm = FIRMS.has(noun);
    if (!outlet && !firm && !HEADS.has(noun)) continue;
    const next = tokens[k + 2];
    // "the company spokesman", "the commission of inquiry": the noun modifies or is followed by its own complement
    // ("accused the network of swindling": after an accusing verb "of" opens the wrong instead)
    const ofWrong = next?.text === "of" && k > 0 && ACCUSING.has(scan.lower(k - 1));
    if (next?.kind === "word" && !next.cap && !ofWrong && (NOT_AFTER.has(next.text) || isNounLike(scan, k + 2)))
      continue;
    scan.add({
      start: t.start,
      end: t.end,
      first: k + 1,
      last: k + 1,
      kind: outlet ? "media" : "organization",
      via: "description",
      note: {
        key: `ref:${t.start}`,
        name: `the ${noun}`,
        refHead: noun,
        refFit: outlet ? "outlet" : firm ? "firm" : "head",
      },
    });
    k++;
  }
}

// A lower-case word that goes on a noun phrase rather than a verb: "the company spokesman".
function isNounLike(scan: Scan, k: number): boolean {
  const w = scan.lower(k);
  return NOUN_AFTER.has(w);
}

const NOUN_AFTER = new Set([
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "official",
  "officials",
  "chief",
  "president",
  "chairman",
  "members",
  "member",
  "staff",
  "employees",
  "headquarters",
  "building",
  "case",
  "hearing",
  "order",
  "ruling",
  "decision",
  "documents",
  "meeting",
  "report",
  "website",
  "shares",
  "executive",
  "executives",
  "leader",
  "leaders",
]);
