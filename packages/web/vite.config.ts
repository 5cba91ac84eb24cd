import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { compression } from "vite-plugin-compression2";

// The SPA talks to the API over /graphql (and fetches uploaded files from /files): in dev the
// requests are proxied to the API on :4000, in production the API serves the built SPA from the
// same origin.
// Production build: no source maps (the sources are not published), and every text asset also
// written precompressed (.br, .gz) so the server sends those bytes as they are.
export default defineConfig({
  plugins: [react(), compression({ algorithms: ["brotliCompress", "gzip"], threshold: 1024 })],
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
  },
});
