/**
 * The connection's stdio streams, minus three ways the library lets bad or quick input hurt:
 * - a body that is not JSON has no id to answer: JSON-RPC 2.0 answers it with a parse error, id null;
 * - JSON that is neither a request, a notification nor a response (`{}`, `[1, 2]`, `{"id": 4}`)
 *   gets InvalidRequest (with its id when it has one) instead of reaching the connection, which
 *   only logs it through the client's console — and that log throws, killing the process, once
 *   the input has ended;
 * - `exit` waits until the requests read before it are answered and written: the library calls
 *   `process.exit` at once, which dropped the `shutdown` answer of a session piped in as a whole.
 */
import {
  ErrorCodes,
  ExitNotification,
  Message,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageReader,
  type MessageWriter,
  type ResponseMessage,
} from 'vscode-languageserver/node';

/** How long `exit` waits for the answers still being computed. */
const EXIT_GRACE_MS = 2_000;

export function stdioTransport(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): { reader: MessageReader; writer: MessageWriter } {
  const stream = new StreamMessageWriter(output);
  // The requests read but not answered yet, and what waits for them all to be written (`exit`).
  const unanswered = new Set<string | number>();
  const waiting: (() => void)[] = [];
  const answered = (id: string | number) => {
    unanswered.delete(id);
    if (unanswered.size === 0) for (const resume of waiting.splice(0)) resume();
  };
  const writer: MessageWriter = {
    onError: stream.onError,
    onClose: stream.onClose,
    write: (message) => {
      const done = stream.write(message);
      const id = Message.isResponse(message) ? message.id : null;
      if (id !== null) void done.finally(() => answered(id));
      return done;
    },
    end: () => stream.end(),
    dispose: () => stream.dispose(),
  };
  const answerError = (id: string | number | null, code: number, message: string) =>
    void writer.write({ jsonrpc: '2.0', id, error: { code, message: `checkwright: ${message}` } } as ResponseMessage);

  const stdin = new StreamMessageReader(input);
  stdin.onError((error) => answerError(null, ErrorCodes.ParseError, `unreadable message: ${error.message}`));
  const reader: MessageReader = {
    onError: stdin.onError,
    onClose: stdin.onClose,
    onPartialMessage: stdin.onPartialMessage,
    listen: (callback) =>
      stdin.listen((message) => {
        if (Message.isNotification(message) && message.method === ExitNotification.method && unanswered.size > 0) {
          // Not forever: a request whose answer never comes must not keep the process alive.
          const timer = setTimeout(() => callback(message), EXIT_GRACE_MS);
          waiting.push(() => {
            clearTimeout(timer);
            callback(message);
          });
        } else if (Message.isRequest(message) || Message.isNotification(message) || Message.isResponse(message)) {
          if (Message.isRequest(message) && message.id !== null) unanswered.add(message.id);
          callback(message);
        } else {
          answerError(idOf(message), ErrorCodes.InvalidRequest, 'not a JSON-RPC request, notification or response');
        }
      }),
    dispose: () => stdin.dispose(),
  };
  return { reader, writer };
}

function idOf(message: unknown): string | number | null {
  const id = typeof message === 'object' && message !== null ? (message as { id?: unknown }).id : undefined;
  return typeof id === 'string' || typeof id === 'number' ? id : null;
}
