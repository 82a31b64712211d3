/** JSON.parse's complaint without the stretch of file it quotes (messages quote at most 40 characters of a file). */
export function jsonProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/, "[\s\S]*" is not valid JSON$/, '').replace(/"[\s\S]{41,}"/g, '"…"');
}
