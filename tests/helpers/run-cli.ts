import { nodeIo, type CliIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';

/** Runs the CLI in-process: real files, fake standard streams; resolves to its status and what it wrote. */
export async function runCli(argv: string[], stdinChunks: (string | Buffer)[] = []): Promise<{ status: number; stdout: string; stderr: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIo = {
    stdin: (async function* () {
      yield* stdinChunks;
    })(),
    stdout: { write: (text) => void stdout.push(text) },
    stderr: { write: (text) => void stderr.push(text) },
    readFile: nodeIo.readFile,
    openFile: nodeIo.openFile,
    inputSize: nodeIo.inputSize,
    now: nodeIo.now,
  };
  const status = await run(argv, io);
  return { status, stdout: stdout.join(''), stderr: stderr.join('') };
}
