/**
 * The eligibility lookup's pure logic, safe to bundle for the browser: name matching,
 * brackets, verdicts, the shipped data format and the static list. Building the data from
 * content and the official list (which reads files) is in `./shape`, for the server only.
 */
export * from './normalize';
export * from './match';
export * from './brackets';
export * from './data';
export * from './check';
export * from './commune';
export * from './table';
