export { scaffold, FORCE_NAME } from './scaffold.js';
export { scaffoldFiles, type ScaffoldFile } from './templates.js';
