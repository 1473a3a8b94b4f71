import { builder } from "../builder.js";
import type { Context } from "../context.js";
import { ResponseConnection } from "./connections.js";
import { ModalityEnum, ResponseTypeEnum } from "./enums.js";
import { PassageRef, passageOf } from "./evidence.js";
import { ResponseFilterInput, toItemFilter } from "./filters.js";
import { commonItemFields, loadActor, loadTargets, validId } from "./item-fields.js";
import { itemPage } from "./pages.js";
import { AccusationRef, ActorRef, ClaimRef, DenialRef, ResponseRef } from "./refs.js";

const typeOfId = { clm: "Claim", acc: "Accusation", den: "Denial", rsp: "Response" } as const;

export const ResponseCause = builder.unionType("ResponseCause", {
  description: "The item a response answers.",
  types: [AccusationRef, ResponseRef, DenialRef, ClaimRef],
  resolveType: (item) => typeOfId[item.id.slice(0, 3) as keyof typeof typeOfId],
});

async function loadCause(ctx: Context, id: string) {
  switch (id.slice(0, 3)) {
    case "acc":
      return ctx.loaders.accusation.load(id);
    case "den":
      return ctx.loaders.denial.load(id);
    case "clm":
      return ctx.loaders.claim.load(id);
    default:
      return ctx.loaders.response.load(id);
  }
}

ResponseRef.implement({
  description: "An action an actor takes, announces, threatens or weighs toward targets.",
  fields: (t) => ({
    ...commonItemFields(t),
    actor: t.field({ type: ActorRef, resolve: (r, _x, ctx) => loadActor(ctx, r.actor_id) }),
    targets: t.field({
      type: [ActorRef],
      resolve: (r, _x, ctx) => loadTargets(ctx, "responseTargets", r.id),
    }),
    type: t.field({ type: ResponseTypeEnum, resolve: (r) => r.type as "sanction" }),
    cameo: t.exposeString("cameo", { description: "CAMEO event code." }),
    plover: t.exposeString("plover", { nullable: true, description: "PLOVER event category." }),
    modality: t.field({ type: ModalityEnum, resolve: (r) => r.modality as "done" }),
    resolvedDate: t.exposeString("date_value", {
      nullable: true,
      description:
        "The date the text gives for the action (YYYY, YYYY-MM or YYYY-MM-DD), resolved against the article's.",
    }),
    dateText: t.field({
      type: PassageRef,
      nullable: true,
      description: "The words that date the action.",
      resolve: (r) => passageOf(r, r.date_start, r.date_end),
    }),
    respondsTo: t.field({
      type: ResponseCause,
      nullable: true,
      resolve: (r, _x, ctx) => (r.responds_to ? loadCause(ctx, r.responds_to) : null),
    }),
  }),
});

builder.queryFields((t) => ({
  responses: t.connection(
    {
      type: ResponseRef,
      args: { filter: t.arg({ type: ResponseFilterInput }) },
      resolve: (_root, args, ctx, info) => itemPage(ctx, "responses", toItemFilter(args.filter), args, info),
    },
    ResponseConnection,
  ),
  response: t.field({
    type: ResponseRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => ctx.loaders.response.load(validId("response", args.id) as string),
  }),
}));
