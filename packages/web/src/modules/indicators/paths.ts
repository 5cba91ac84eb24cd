// Where the cockpit and the workbench live.
export const COCKPIT = "/cockpit";
export const WORKBENCH = "/workbench";

/** The cockpit of a node (a Region or Community id), for a period ("2026-11", "2026-Q4", "2026"). */
export function cockpitPath(nodeId: string, period?: string) {
  const path = `${COCKPIT}/${encodeURIComponent(nodeId)}`;
  return period ? `${path}?period=${encodeURIComponent(period)}` : path;
}
