import { startApi } from "./start-api.js";

// Serves the API on an existing database, without seeding (the dev script).
const api = await startApi();
console.log(`GraphQL API at ${api.url} (database: ${api.database.location})`);
