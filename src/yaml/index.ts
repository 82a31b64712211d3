/** YAML with source positions, for every YAML file the tool reads; refuses anything beyond plain data. */
export { readYaml, type Position, type UnreadYaml, type YamlSource, type YamlWords } from './read-yaml.js';
export type { YamlPath } from './locate.js';
export { TOO_DEEP } from './depth.js';
export { parseWith, schemaProblems, type SchemaWords } from './schema-problems.js';
