import { it } from 'vitest';
import { runCli } from '/work/main/test/helpers/run-cli.js';
it('show', async () => {
  const D = 'fixtures/workflow/diff';
  for (const f of ['terminal', 'markdown']) {
    const r = await runCli(['diff', `${D}/export.csv`, '--base', `${D}/base.yaml`, '--head', `${D}/head.yaml`, '--format', f]);
    console.log(r.stdout, r.stderr);
  }
});
