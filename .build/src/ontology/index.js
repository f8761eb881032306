export * from './types.js';
export { loadOntology } from './load-ontology.js';
export { readTable } from './read-table.js';
