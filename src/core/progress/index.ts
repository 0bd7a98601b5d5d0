// Progress as ledgers state it: the phrase families of a progress cell (read.ts) and a row's done and
// progress from its completion columns (completion.ts).
export * from './read';
export * from './completion';
