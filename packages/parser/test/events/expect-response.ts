import { expect } from "vitest";
import type { Response, ResponseType } from "../../src/model.js";

/** A response a test sentence should yield: its type and actor, and its targets when given. */
export type WantedResponse = { type: ResponseType; actor: string; targets?: string[] };

/** Asserts that `responses` hold one of `want`'s type by `want`'s actor, with its targets when given. */
export function expectResponse(responses: Response[], want: WantedResponse): void {
  const found = responses.filter((r) => r.type === want.type);
  expect(
    found.map((r) => r.actor),
    JSON.stringify(responses),
  ).toContain(want.actor);
  const r = found.find((x) => x.actor === want.actor);
  if (want.targets) expect(r?.targets).toEqual(want.targets);
}
