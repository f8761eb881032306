export * from './types.js';
export { loadOntology } from './load-ontology.js';
export { readTable, type TableRow } from './read-table.js';
