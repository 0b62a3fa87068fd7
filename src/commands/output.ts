// The one way the CLI writes to the terminal. A reader that goes away early (`iop --help | head -1`,
// a closed terminal) ends the pipe: writing to it fails with EPIPE, which Node throws as an
// unhandled 'error' event with a stack trace. guardPipes() makes that the quiet end of the output
// instead, for every command, before anything is written; the command's exit code stays its own.

type Stream = NodeJS.WriteStream;

const closed = new WeakSet<Stream>();

function isClosedPipe(error: NodeJS.ErrnoException): boolean {
  return error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED' || error.code === 'ERR_STREAM_WRITE_AFTER_END';
}

/** Installs the handler on stdout and stderr, once; anything but a closed pipe is thrown as before. */
export function guardPipes(streams: Stream[] = [process.stdout, process.stderr]): void {
  for (const stream of streams) {
    if (stream.listeners('error').includes(onError)) continue;
    stream.on('error', onError);
  }
}

function onError(this: Stream, error: NodeJS.ErrnoException): void {
  if (!isClosedPipe(error)) throw error;
  closed.add(this);
}

/** True once the stream's reader has gone; later output is dropped. */
function readerGone(stream: Stream = process.stdout): boolean {
  return closed.has(stream) || stream.destroyed;
}

/** Writes to stdout and waits until it is handed over, so large output is not cut off at exit. */
export function writeOut(text: string): Promise<void> {
  return write(process.stdout, text);
}

function write(stream: Stream, text: string): Promise<void> {
  if (readerGone(stream)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => (error && !isClosedPipe(error) ? reject(error) : resolve()));
  });
}

export function useColor(stream: NodeJS.WriteStream = process.stdout): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0') return true;
  return Boolean(stream.isTTY);
}
