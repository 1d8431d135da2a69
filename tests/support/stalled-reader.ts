import { connect } from 'node:net';

/**
 * A client that sends one HTTP request and then never reads a byte of the answer: the hostile
 * reader whose socket fills up. It cannot notice the server closing (that would take reading).
 * @example const reader = stalledReader(`${url}/graphql/stream`, { authorization, accept: 'text/event-stream' }, body);
 */
export function stalledReader(url: string, headers: Record<string, string>, body: string) {
  const target = new URL(url);
  const socket = connect({ host: target.hostname, port: Number(target.port) });
  socket.pause();
  const lines = [
    `POST ${target.pathname}${target.search} HTTP/1.1`,
    `host: ${target.host}`,
    `content-length: ${Buffer.byteLength(body)}`,
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ];
  socket.write(`${lines.join('\r\n')}\r\n\r\n${body}`);
  socket.on('error', () => {}); // a reset is one way the server may drop it
  return { destroy: () => socket.destroy() };
}
