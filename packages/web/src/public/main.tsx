// The residents' public pages (居民公开栏): a separate entry of the web package (public.html), with
// its own small bundle — React, a hand-written stylesheet and plain fetch, nothing of the admin app.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { PublicApp } from "./PublicApp";
import "./public.css";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <PublicApp />
  </StrictMode>,
);
