/** Minimal types for jexl 2 (the package ships none). */
declare module 'jexl' {
  export interface JexlAstNode {
    type: string;
    value?: unknown;
    from?: JexlAstNode;
    [key: string]: unknown;
  }
  export interface Expression {
    evalSync(context?: object): unknown;
    compile(): Expression;
    _getAst(): JexlAstNode;
  }
  export class Jexl {
    compile(expression: string): Expression;
    addTransform(name: string, fn: (value: unknown, ...args: unknown[]) => unknown): void;
    addFunction(name: string, fn: (...args: unknown[]) => unknown): void;
  }
  const instance: Jexl & { Jexl: typeof Jexl };
  export default instance;
}
