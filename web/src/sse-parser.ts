// Server-Sent Events, parsed as the HTML standard says (field lines, blank line ends an
// event, `:` comments), fed text chunks as they arrive. The page reads the event stream
// with fetch rather than EventSource because EventSource cannot send the Bearer token.

export interface SseMessage {
  /** `event:`, "message" when absent. */
  event: string;
  data: string;
  /** The last `id:` seen so far (sent back as Last-Event-ID on a reconnect). */
  lastEventId: string;
}

export class SseParser {
  #buffer = '';
  #event = '';
  #data: string[] = [];
  #hasData = false;
  #lastEventId = '';

  get lastEventId(): string {
    return this.#lastEventId;
  }

  /** The messages completed by this chunk. */
  push(chunk: string): SseMessage[] {
    this.#buffer += chunk;
    const messages: SseMessage[] = [];
    for (;;) {
      const end = this.#buffer.search(/\r\n|\r|\n/);
      // A lone \r at the end may be the first half of \r\n: wait for more.
      if (end < 0 || (end === this.#buffer.length - 1 && this.#buffer.endsWith('\r'))) break;
      const line = this.#buffer.slice(0, end);
      this.#buffer = this.#buffer.slice(end + (this.#buffer.startsWith('\r\n', end) ? 2 : 1));
      const message = this.#line(line);
      if (message) messages.push(message);
    }
    return messages;
  }

  #line(line: string): SseMessage | undefined {
    if (line === '') return this.#dispatch();
    if (line.startsWith(':')) return undefined;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') this.#event = value;
    else if (field === 'data') {
      this.#data.push(value);
      this.#hasData = true;
    } else if (field === 'id' && !value.includes('\0')) this.#lastEventId = value;
    return undefined;
  }

  #dispatch(): SseMessage | undefined {
    const message = this.#hasData ? { event: this.#event || 'message', data: this.#data.join('\n'), lastEventId: this.#lastEventId } : undefined;
    this.#event = '';
    this.#data = [];
    this.#hasData = false;
    return message;
  }
}
