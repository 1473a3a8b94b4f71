import cues from "../../data/link-cues.json";
import { CueSet, compilePattern } from "../events/cue-patterns.js";

export const causeOpeners = new CueSet<true>(cues.causes.map((c) => compilePattern(c, true as const)));
export const respondedBy = new CueSet<true>(cues.respondedBy.map((c) => compilePattern(c, true as const)));
export const follows = new CueSet<true>(cues.follows.map((c) => compilePattern(c, true as const)));
export const ANAPHORIC_EVENTS = new Set(cues.anaphoricEvents);
