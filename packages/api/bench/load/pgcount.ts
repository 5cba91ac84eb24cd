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
  /** The SQL text parsed or sent since the last reset (Parse and Query messages), for --show-sql. */
  texts(): string[];
  reset(): void;
  close(): Promise<void>;
}

export async function startCountingProxy(target: { host: string; port: number }): Promise<StatementCounter> {
  let statements = 0;
  let texts: string[] = [];
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
        // Parse: name\0 query\0 …; Query: query\0. node-postgres parses unnamed statements each time.
        if (type === "P") {
          const nameEnd = buf.indexOf(0, 5);
          texts.push(buf.toString("utf8", nameEnd + 1, buf.indexOf(0, nameEnd + 1)));
        } else if (type === "Q") texts.push(buf.toString("utf8", 5, 5 + len - 5));
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
    texts: () => texts,
    reset: () => {
      statements = 0;
      texts = [];
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
