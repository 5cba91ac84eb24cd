// A counting TCP proxy in front of PostgreSQL, for `pnpm bench:load` only: the server under test
// connects through it during the counting phase, and it counts the statements the clients send —
// extended-protocol Execute messages ('E') and simple-protocol Query messages ('Q', one statement
// each as node-postgres sends them: BEGIN, COMMIT, ROLLBACK) — without any help from the product or
// from PostgreSQL's configuration (pg_stat_statements needs shared_preload_libraries, log_statement
// needs a readable server log; neither is guaranteed). No TLS: connect with sslmode=disable.
import net from "node:net";

export interface StatementCounter {
  port: number;
  /** Statements sent since the proxy started (or since reset). */
  count(): number;
  reset(): void;
  close(): Promise<void>;
}

export async function startCountingProxy(target: { host: string; port: number }): Promise<StatementCounter> {
  let statements = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    sockets.add(client).add(upstream);
    let buf: Buffer = Buffer.alloc(0);
    let started = false; // the startup message (and an SSLRequest before it) has no type byte
    client.on("data", (chunk: Buffer) => {
      upstream.write(chunk);
      buf = buf.length ? Buffer.concat([buf, chunk]) : chunk;
      for (;;) {
        if (!started) {
          if (buf.length < 8) break;
          const len = buf.readInt32BE(0);
          if (buf.length < len) break;
          const code = buf.readInt32BE(4);
          // SSLRequest (80877103) and GSSENCRequest (80877104) precede the real startup message.
          if (code !== 80877103 && code !== 80877104) started = true;
          buf = buf.subarray(len);
          continue;
        }
        if (buf.length < 5) break;
        const len = buf.readInt32BE(1);
        if (buf.length < 1 + len) break;
        const type = String.fromCharCode(buf[0]!);
        if (type === "E" || type === "Q") statements++;
        buf = buf.subarray(1 + len);
      }
    });
    upstream.on("data", (chunk: Buffer) => client.write(chunk));
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("close", end).on("error", end);
    upstream.on("close", end).on("error", end);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    count: () => statements,
    reset: () => {
      statements = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
