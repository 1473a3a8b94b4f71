import { builder } from "../builder.js";
import "./article.js";
import "./actor.js";
import "./claim.js";
import "./accusation.js";
import "./denial.js";
import "./response.js";
import "./aggregates.js";
import "./ingest.js";

export const schema = builder.toSchema({ sortSchema: false });
