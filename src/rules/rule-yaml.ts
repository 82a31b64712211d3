/** Rule files and code lists as YAML (src/yaml), their problems worded for auditors. */
import { TOO_DEEP, readYaml, type YamlSource, type YamlWords } from '../yaml/index.js';

const RULE_YAML: YamlWords = {
  refusedIn: 'in rule files',
  warnings: true,
  unread(p) {
    const { line, column } = p;
    if (p.kind === 'too-deep') {
      return { line, column, message: TOO_DEEP, hint: 'a rule needs a few levels of all/any/not; split a deep condition into several rules' };
    }
    const message = `YAML syntax: ${p.message.charAt(0).toLowerCase()}${p.message.slice(1)}`;
    return p.kind === 'error' ? { line, column, message, hint: 'check indentation, colons and quotes' } : { line, column, message };
  },
};

/** A rule file or code list; `failsafe` keeps every scalar text (code lists: '01' is not '1'). */
export function readRuleYaml(text: string, file: string, options: { failsafe?: boolean } = {}): YamlSource {
  return readYaml(text, file, RULE_YAML, options);
}
