// The one route table of a capability with sections (service complex, deliberation, volunteering
// and points, projects): the current community, the section layout with its tabs, the first
// section at the capability's root, and any unknown address (whatever its depth) sent there.
// Screens that bring the charts library are wrapped in ui/Lazy.
import type { ReactNode } from "react";
import { Navigate, Route, Routes, useParams } from "react-router";
import { WithCommunity } from "../modules/community/components/WithCommunity";
import { SectionLayout, type SectionTab } from "../ui/SectionLayout";

interface SectionRoutesProps {
  label: string;
  base: string;
  sections: readonly SectionTab[];
  aliases?: Readonly<Record<string, string>>;
  /** The section the capability opens on. */
  first: string;
  /** The screens (<Route>s) of the community. */
  children: (communityId: string) => ReactNode;
}

export function SectionRoutes({ label, base, sections, aliases, first, children }: SectionRoutesProps) {
  return (
    <WithCommunity>
      {(communityId) => (
        <Routes>
          <Route element={<SectionLayout label={label} base={base} sections={sections} aliases={aliases} />}>
            <Route index element={<Navigate to={first} replace />} />
            {children(communityId)}
            <Route path="*" element={<Navigate to={`${base}/${first}`} replace />} />
          </Route>
        </Routes>
      )}
    </WithCommunity>
  );
}

/** A screen of one item (/…/items/:id): its id from the address. */
export function WithId({ children }: { children: (id: string) => ReactNode }) {
  const { id } = useParams();
  return id ? children(id) : null;
}
