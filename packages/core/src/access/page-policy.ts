// The web app's content security policy, one definition for the offline server's headers
// (packages/local/src/gateway/static-files.ts) and CloudFront's (stacks/Kringle.ts).

/**
 * What the web app may load and talk to: scripts only from its own origin (no inline script, no
 * eval), the WebSocket and connect-check on its own origin or the given addresses, no plugins,
 * frames or forms. Styles may be inline (the lazy routes bring theirs as style elements).
 */
export function contentSecurityPolicy(connectTo: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    `connect-src ${["'self'", ...connectTo].join(" ")}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}
