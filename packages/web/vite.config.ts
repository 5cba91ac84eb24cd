import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The SPA talks to the API over /graphql (and fetches uploaded files from /files): in dev the
// requests are proxied to the API on :4000, in production the API serves the built SPA from the
// same origin.
export default defineConfig({
  plugins: [react()],
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
    sourcemap: true,
    chunkSizeWarningLimit: 800,
  },
});
