// The one section layout: a capability's sub-nav (tabs, one per section) over the page of the
// section. A section's tab stays selected on its deeper pages; `aliases` name the section of
// other sub-paths (a project's page /projects/items/… belongs to 项目库 /projects/list).
import { Tabs } from "@mantine/core";
import type { ReactNode } from "react";
import { Outlet, useLocation, useNavigate } from "react-router";

export interface SectionTab {
  /** The section's path under `base` ("activities"). */
  path: string;
  label: ReactNode;
}

interface SectionLayoutProps {
  /** The capability's name: the tab list's accessible name. */
  label: string;
  /** Where the capability lives ("/volunteering"). */
  base: string;
  sections: readonly SectionTab[];
  aliases?: Readonly<Record<string, string>>;
}

export function SectionLayout({ label, base, sections, aliases = {} }: SectionLayoutProps) {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const under = (path: string) => pathname.startsWith(`${base}/${path}`);
  const alias = Object.keys(aliases).find((path) => under(`${path}/`));
  const current = alias ? aliases[alias]! : (sections.find((s) => under(s.path))?.path ?? null);
  return (
    <>
      <Tabs value={current} onChange={(v) => v && void navigate(`${base}/${v}`)} mb="md">
        <Tabs.List aria-label={label}>
          {sections.map((s) => (
            <Tabs.Tab key={s.path} value={s.path} fz="md">
              {s.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Outlet />
    </>
  );
}
