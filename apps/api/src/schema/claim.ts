import { builder } from "../builder.js";
import { ClaimConnection } from "./connections.js";
import { ClaimKindEnum } from "./enums.js";
import { PassageRef, passageOf } from "./evidence.js";
import { ClaimFilterInput, toItemFilter } from "./filters.js";
import { commonItemFields, loadActor, validId } from "./item-fields.js";
import { itemPage } from "./pages.js";
import { ActorRef, ClaimRef } from "./refs.js";

ClaimRef.implement({
  description: "Content attributed to a source through a reporting cue.",
  fields: (t) => ({
    ...commonItemFields(t),
    kind: t.field({ type: ClaimKindEnum, resolve: (c) => c.kind as "direct" }),
    speaker: t.field({
      type: ActorRef,
      nullable: true,
      resolve: (c, _a, ctx) => (c.speaker_id ? loadActor(ctx, c.speaker_id) : null),
    }),
    source: t.field({
      type: PassageRef,
      nullable: true,
      description: "The words that name the speaker.",
      resolve: (c) => passageOf(c, c.source_start, c.source_end),
    }),
    cue: t.field({
      type: PassageRef,
      resolve: (c) => passageOf(c, c.cue_start, c.cue_end) as NonNullable<ReturnType<typeof passageOf>>,
    }),
    content: t.field({
      type: PassageRef,
      resolve: (c) => passageOf(c, c.content_start, c.content_end) as NonNullable<ReturnType<typeof passageOf>>,
    }),
  }),
});

builder.queryFields((t) => ({
  claims: t.connection(
    {
      type: ClaimRef,
      args: { filter: t.arg({ type: ClaimFilterInput }) },
      resolve: (_root, args, ctx, info) => itemPage(ctx, "claims", toItemFilter(args.filter), args, info),
    },
    ClaimConnection,
  ),
  claim: t.field({
    type: ClaimRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => ctx.loaders.claim.load(validId("claim", args.id) as string),
  }),
}));
