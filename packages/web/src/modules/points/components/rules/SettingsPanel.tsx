// The rules page's settings: loads them (their own query) and opens the form from the card.
import { graphql } from "@gongzhi/schema";
import { useState } from "react";
import { useQuery } from "urql";
import { PointsSettingsFields, SettingsCard, type PointsSettings } from "./SettingsCard";
import { SettingsModal } from "./SettingsModal";

export const PointsSettingsQuery = graphql(
  `
    query PointsSettings($communityId: ID!) {
      pointsSettings(communityId: $communityId) {
        ...PointsSettingsFields
      }
    }
  `,
  [PointsSettingsFields],
);

export function SettingsPanel({ communityId, canConfigure }: { communityId: string; canConfigure: boolean }) {
  const [editing, setEditing] = useState<PointsSettings | null>(null);
  const [{ data, error }] = useQuery({ query: PointsSettingsQuery, variables: { communityId } });
  return (
    <>
      <SettingsCard settings={data?.pointsSettings} error={error} onEdit={canConfigure ? setEditing : undefined} />
      {editing && <SettingsModal communityId={communityId} settings={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
