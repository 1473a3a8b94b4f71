import { parseArticle } from "../../src/parse-article.js";

/** The responses of `type` the whole pipeline reads in `text`, with their sides' names. */
export function namedResponses(
  text: string,
  type: string,
): { actor: string | undefined; targets: (string | undefined)[] }[] {
  const parsed = parseArticle(text);
  return parsed.responses
    .filter((r) => r.type === type)
    .map((r) => ({
      actor: parsed.actors.find((a) => a.id === r.actor)?.name,
      targets: r.targets.map((id) => parsed.actors.find((a) => a.id === id)?.name),
    }));
}

/** The attacks (military_action responses) the whole pipeline reads in `text`, with their sides' names. */
export function namedAttacks(text: string): { actor: string | undefined; targets: (string | undefined)[] }[] {
  return namedResponses(text, "military_action");
}
