/**
 * The connection's message reader, minus what JSON-RPC 2.0 calls an invalid request: JSON that is
 * neither a request, a notification nor a response (`{}`, `[1, 2]`, `{"id": 4}`). The library would
 * only log those through the client's console, and when the input has already ended that log
 * throws and kills the process; here each gets the protocol's answer (InvalidRequest, with the
 * message's id when it has one) and never reaches the connection.
 */
import { ErrorCodes, Message, type MessageReader, type ResponseMessage } from 'vscode-languageserver/node';

export function guardedReader(reader: MessageReader, answer: (response: ResponseMessage) => void): MessageReader {
  return {
    onError: reader.onError,
    onClose: reader.onClose,
    onPartialMessage: reader.onPartialMessage,
    listen: (callback) =>
      reader.listen((message) => {
        if (Message.isRequest(message) || Message.isNotification(message) || Message.isResponse(message)) callback(message);
        else answer({ jsonrpc: '2.0', id: idOf(message), error: { code: ErrorCodes.InvalidRequest, message: 'checkwright: not a JSON-RPC request, notification or response' } });
      }),
    dispose: () => reader.dispose(),
  };
}

function idOf(message: unknown): string | number | null {
  const id = typeof message === 'object' && message !== null ? (message as { id?: unknown }).id : undefined;
  return typeof id === 'string' || typeof id === 'number' ? id : null;
}
