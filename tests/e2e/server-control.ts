// Restarting the product during a browser test, on the same database and port: some journeys need
// a change only a stopped server may make to its embedded database (e.g. moving a notice's period
// into the past to see it become final). global-setup.ts serves a tiny control endpoint (stop /
// start); a test calls restartServer(edit), which stops the server, runs `edit` on the PGlite data
// directory, and starts the server again.
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface ServerLifecycle {
  start: () => Promise<void>;
  stop: () => Promise<void>;
}

/** For global-setup: serve POST /stop and POST /start on a free local port. */
export async function serveControl(server: ServerLifecycle): Promise<{ url: string; close: () => Promise<void> }> {
  const control = http.createServer((req, res) => {
    const action = req.method === "POST" ? { "/stop": server.stop, "/start": server.start }[req.url ?? ""] : undefined;
    if (!action) return void res.writeHead(404).end();
    action().then(
      () => res.writeHead(204).end(),
      (e: unknown) => res.writeHead(500).end(String(e)),
    );
  });
  await new Promise<void>((resolve) => control.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(control.address() as AddressInfo).port}`;
  return { url, close: () => new Promise<void>((resolve) => control.close(() => resolve())) };
}

/** For tests: stop the product, run `edit` on its data directory, start it again (same URL). */
export async function restartServer(edit: (dataDir: string) => Promise<void>) {
  const { inject } = await import("vitest");
  const control = inject("serverControl");
  const post = async (path: string) => {
    const res = await fetch(`${control}${path}`, { method: "POST" });
    if (!res.ok) throw new Error(`server ${path} failed: ${await res.text()}`);
  };
  await post("/stop");
  try {
    await edit(inject("dataDir"));
  } finally {
    await post("/start");
  }
}

declare module "vitest" {
  export interface ProvidedContext {
    serverControl: string;
    dataDir: string;
  }
}
