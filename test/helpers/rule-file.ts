/** A one-rule file (id T-001) whose rule is completed by `body` (indented as a rule's fields). */
export const ruleFile = (body: string): string => `rules:
  - id: T-001
    name: test
    severity: error
    standard: test standard
    description: test rule
${body}`;
