/** Operators: what conditions can say (one module each), for rules to validate and the engine to compile. */
export { OPERATORS, OPERATOR_ARGS, OPERATOR_KEYS, LOCAL_VARS, operatorForKey } from './registry.js';
export { compileCondition, type ConditionEnv } from './compile-condition.js';
export type { CompileCtx, OperatorDef, YamlPath } from './types.js';
