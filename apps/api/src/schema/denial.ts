import { builder } from "../builder.js";
import { DenialConnection } from "./connections.js";
import { PassageRef, passageOf } from "./evidence.js";
import { DenialFilterInput, toItemFilter } from "./filters.js";
import { commonItemFields, loadActor, validId } from "./item-fields.js";
import { itemPage } from "./pages.js";
import { AccusationRef, ActorRef, DenialRef } from "./refs.js";

DenialRef.implement({
  description: "An actor rejects an allegation or claim about itself or its side.",
  fields: (t) => ({
    ...commonItemFields(t),
    denier: t.field({ type: ActorRef, resolve: (d, _x, ctx) => loadActor(ctx, d.denier_id) }),
    denied: t.field({
      type: PassageRef,
      nullable: true,
      description: "What is denied.",
      resolve: (d) => passageOf(d, d.denied_start, d.denied_end),
    }),
    respondsTo: t.field({
      type: AccusationRef,
      nullable: true,
      resolve: (d, _x, ctx) => (d.responds_to ? ctx.loaders.accusation.load(d.responds_to) : null),
    }),
  }),
});

builder.queryFields((t) => ({
  denials: t.connection(
    {
      type: DenialRef,
      args: { filter: t.arg({ type: DenialFilterInput }) },
      resolve: (_root, args, ctx, info) => itemPage(ctx, "denials", toItemFilter(args.filter), args, info),
    },
    DenialConnection,
  ),
  denial: t.field({
    type: DenialRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => ctx.loaders.denial.load(validId("denial", args.id) as string),
  }),
}));
