// The node lifecycle controller's grace periods, alone in a module: the app's first screen draws a
// riser's missed heartbeats against the monitor grace (display.ts) and must not carry health.ts and
// its helpers for one number. Values: kube-controller-manager's defaults for these flags.

/** --node-monitor-grace-period (50 s since v1.32) and --node-startup-grace-period. */
export const NODE_MONITOR_GRACE_MS = 50_000;
export const NODE_STARTUP_GRACE_MS = 60_000;
