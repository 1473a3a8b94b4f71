import { builder } from "../builder.js";
import type { AccusationTable, ActorTable, ArticleMeta, ClaimTable, DenialTable, ResponseTable } from "../db/tables.js";

// Declared apart from their fields so the type files can refer to each other without import cycles.
export const ArticleRef = builder.objectRef<ArticleMeta>("Article");
export const ActorRef = builder.objectRef<ActorTable>("Actor");
export const ClaimRef = builder.objectRef<ClaimTable>("Claim");
export const AccusationRef = builder.objectRef<AccusationTable>("Accusation");
export const DenialRef = builder.objectRef<DenialTable>("Denial");
export const ResponseRef = builder.objectRef<ResponseTable>("Response");
