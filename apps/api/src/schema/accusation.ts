import { builder } from "../builder.js";
import { AccusationConnection } from "./connections.js";
import { PassageRef, passageOf } from "./evidence.js";
import { AccusationFilterInput, toItemFilter } from "./filters.js";
import { commonItemFields, loadActor, loadTargets, validId } from "./item-fields.js";
import { itemPage } from "./pages.js";
import { AccusationRef, ActorRef, DenialRef, ResponseRef } from "./refs.js";

AccusationRef.implement({
  description: "An actor alleges that others did something wrong.",
  fields: (t) => ({
    ...commonItemFields(t),
    accuser: t.field({ type: ActorRef, resolve: (a, _x, ctx) => loadActor(ctx, a.accuser_id) }),
    accused: t.field({
      type: [ActorRef],
      resolve: (a, _x, ctx) => loadTargets(ctx, "accused", a.id),
    }),
    allegation: t.field({
      type: PassageRef,
      nullable: true,
      description: "What the accused are said to have done.",
      resolve: (a) => passageOf(a, a.allegation_start, a.allegation_end),
    }),
    category: t.exposeString("category", { nullable: true }),
    resolvedDate: t.exposeString("date_value", {
      nullable: true,
      description: "The date the text gives for the alleged act (YYYY, YYYY-MM or YYYY-MM-DD), if any.",
    }),
    denials: t.field({
      type: [DenialRef],
      description: "Denials that answer this accusation.",
      resolve: (a, _x, ctx) => ctx.loaders.denialsOf.load(a.id),
    }),
    responses: t.field({
      type: [ResponseRef],
      description: "Responses the text ties to this accusation.",
      resolve: (a, _x, ctx) => ctx.loaders.responsesTo.load(a.id),
    }),
  }),
});

builder.queryFields((t) => ({
  accusations: t.connection(
    {
      type: AccusationRef,
      args: { filter: t.arg({ type: AccusationFilterInput }) },
      resolve: (_root, args, ctx, info) => itemPage(ctx, "accusations", toItemFilter(args.filter), args, info),
    },
    AccusationConnection,
  ),
  accusation: t.field({
    type: AccusationRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => ctx.loaders.accusation.load(validId("accusation", args.id) as string),
  }),
}));
