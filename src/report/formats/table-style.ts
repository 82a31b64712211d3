/**
 * One look for every terminal table (audit, rules list, review, trend, diff):
 * no colour from cli-table3 itself (it would consult the real TTY), and no rule
 * between rows, so a table reads at a glance.
 */
export const TABLE_STYLE = { head: [] as string[], border: [] as string[], compact: true };
