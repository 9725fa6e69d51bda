// Strict types of the UI API GraphQL response our query asks for. Every field value comes wrapped as
// `{ value }`; a field marked `@optional` that the user cannot read is absent, and any value may be null.
// Nothing here is trusted further than its type says: the mapping treats every level as possibly missing.
export {};
