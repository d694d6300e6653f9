/**
 * What both notations need from any label before escaping it: no control characters but
 * newlines, no lone surrogates (Graphviz wants valid UTF-8, and stdout would turn them into
 * U+FFFD anyway), newlines as `\n` only.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function cleanLabel(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL, ' ').replace(LONE_SURROGATE, '\ufffd');
}
