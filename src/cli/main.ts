import { writeSync } from 'node:fs';
import { nodeIo } from './io.js';
import { firstLine } from './read-input.js';
import { run } from './run.js';

// When the reader goes away early (`khabar extract … | head`), stop quietly instead of crashing
// on the broken pipe.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`khabar: cannot write the output: ${firstLine(error.message)}\n`);
  process.exit(1);
});

// A debugging aid (see `khabar --help`): the process's peak memory, e.g. to check that a corpus
// streams in constant memory. Written synchronously, as nothing asynchronous runs at exit.
if (process.env['KHABAR_REPORT_MAXRSS'] === '1') {
  process.on('exit', () => {
    writeSync(2, `khabar: maxRSS ${process.resourceUsage().maxRSS} kB\n`);
  });
}

run(process.argv.slice(2), nodeIo).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(`khabar: internal error: ${firstLine(error instanceof Error ? error.message : String(error))}\n`);
    process.exitCode = 1;
  },
);
