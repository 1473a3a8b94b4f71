import { builder } from "../builder.js";
import { AccusationRef, ActorRef, ArticleRef, ClaimRef, DenialRef, ResponseRef } from "./refs.js";

// One named connection per node type, shared by every field that lists it, so clients get one type each.
export const ArticleConnection = builder.connectionObject(
  { type: ArticleRef, name: "ArticleConnection" },
  { name: "ArticleEdge" },
);
export const ActorConnection = builder.connectionObject(
  { type: ActorRef, name: "ActorConnection" },
  { name: "ActorEdge" },
);
export const ClaimConnection = builder.connectionObject(
  { type: ClaimRef, name: "ClaimConnection" },
  { name: "ClaimEdge" },
);
export const AccusationConnection = builder.connectionObject(
  { type: AccusationRef, name: "AccusationConnection" },
  { name: "AccusationEdge" },
);
export const DenialConnection = builder.connectionObject(
  { type: DenialRef, name: "DenialConnection" },
  { name: "DenialEdge" },
);
export const ResponseConnection = builder.connectionObject(
  { type: ResponseRef, name: "ResponseConnection" },
  { name: "ResponseEdge" },
);
