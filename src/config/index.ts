/** The config file `ncrs-audit.config.yaml`: found by searching upwards, zod-validated. */
export { CONFIG_FILE_NAME, configProvenance, findConfig, loadConfig, parseConfig, resolveConfig, type FoundConfig, type ResolvedConfig } from './find-config.js';
export { configSchema, type ConfigFile } from './schema.js';
export { parseYamlWith } from './validated-yaml.js';
