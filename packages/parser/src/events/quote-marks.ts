// The quotation marks a claim token can be, straight and curly, single and double: the event
// finders step over them when a cue's words run through a quote ("called the report 'false'").
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', "“", "”", "'", "‘", "’"]);
