// Build-time settings the app reads from import.meta.env.
/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The WebSocket endpoint when it is not this page's origin (the AWS deploy sets it). */
  readonly VITE_WS_URL?: string;
  /** `GET /connect-check` when it is not on the WebSocket's host (the AWS deploy sets it) */
  readonly VITE_CONNECT_CHECK_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
