// The e2e servers' ports: the app's preview (E2E_PORT, default 4173) and the dist server one above it
// (two origins and a sub-path for the embed and offline specs). Several checkouts on one machine can
// run their browser tests side by side, each with its own E2E_PORT.
export const APP_PORT = Number(process.env.E2E_PORT ?? 4173);
export const DIST_PORT = APP_PORT + 1;
