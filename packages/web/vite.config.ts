import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { compression } from "vite-plugin-compression2";

// The SPA talks to the API over /graphql (and fetches uploaded files from /files): in dev the
// requests are proxied to the API on :4000, in production the API serves the built SPA from the
// same origin.
// Two entries: index.html is the admin app; public.html is the residents' public pages (居民公开栏,
// src/public: /c/<community code>, /r/<street or district code>), its own small bundle (no Mantine,
// no router, no urql; size-checked by scripts/check-size.mjs). The dev server answers those paths
// with public.html as the production server does (packages/api/src/server.ts).
// Production build: no source maps (the sources are not published), and every text asset also
// written precompressed (.br, .gz) so the server sends those bytes as they are.
export default defineConfig({
  plugins: [react(), publicPages(), compression({ algorithms: ["brotliCompress", "gzip"], threshold: 1024 })],
  server: {
    port: 5173,
    strictPort: true,
    // GONGZHI_API_URL points the proxy at another API (e.g. a second instance on another port).
    proxy: {
      "/graphql": { target: process.env.GONGZHI_API_URL ?? "http://localhost:4000", changeOrigin: false },
      "/files": { target: process.env.GONGZHI_API_URL ?? "http://localhost:4000", changeOrigin: false },
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 800,
    rollupOptions: {
      input: { main: fileURLToPath(new URL("index.html", import.meta.url)), public: fileURLToPath(new URL("public.html", import.meta.url)) },
      output: {
        advancedChunks: {
          groups: [{ name: "react", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]|rolldown[\\/]runtime|preload-helper|modulepreload-polyfill/, priority: 10 }],
        },
      },
    },
  },
});

/** The public pages' paths (the same rule as the API server's PUBLIC_PAGE). */
export const PUBLIC_PAGE = /^\/(c|r)\/[^/?#]+/;

function publicPages(): Plugin {
  return {
    name: "gongzhi-public-pages",
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        if (req.url && PUBLIC_PAGE.test(req.url)) req.url = "/public.html";
        next();
      });
    },
  };
}
