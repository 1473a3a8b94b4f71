import { builder } from "../builder.js";

// The parser's vocabularies (see its model), as GraphQL enums.
export const ActorKindEnum = builder.enumType("ActorKind", {
  values: ["person", "country", "organization", "group", "media", "location"] as const,
});

export const ClaimKindEnum = builder.enumType("ClaimKind", { values: ["direct", "indirect", "partial"] as const });

export const ModalityEnum = builder.enumType("Modality", {
  values: ["done", "announced", "threatened", "considered", "negated"] as const,
});

export const ResponseTypeEnum = builder.enumType("ResponseType", {
  values: [
    "recall_ambassador",
    "expel_diplomats",
    "close_mission",
    "break_relations",
    "summon_envoy",
    "sanction",
    "legal_action",
    "military_action",
    "demand",
    "threaten",
    "reject",
    "protest",
    "investigate",
    "consider_measures",
    "decline_comment",
    "admit",
    "cooperate",
  ] as const,
});

export const TimeBucketEnum = builder.enumType("TimeBucket", { values: ["DAY", "MONTH", "YEAR"] as const });

export const ActorRoleEnum = builder.enumType("ActorRole", {
  description: "What an actor does in an item: the counts behind `topActors`.",
  values: ["SPEAKER", "ACCUSER", "ACCUSED", "DENIER", "RESPONDER", "RESPONSE_TARGET", "MENTIONED"] as const,
});
