// 来访台账: the visit and feedback ledger — list, record, answer, close.
import { graphql } from "@gongzhi/schema";
import { Button, Group, Select } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { PageHeader } from "../../../ui/PageHeader";
import { SearchInput } from "../../../ui/SearchInput";
import { useCursorPaging } from "../../../ui/useCursorPaging";
import { useCurrentCommunity } from "../../community/hooks/useCurrentCommunity";
import { RecordVisitModal } from "../components/visits/RecordVisitModal";
import { VisitRow, VisitsTable, type VisitStep } from "../components/visits/VisitsTable";
import { VisitStepModal } from "../components/visits/VisitStepModal";
import { VisitToTopicModal } from "../components/visits/VisitToTopicModal";
import { isOneOf, useEnumOptions, VISIT_KINDS, VISIT_STATUSES, type VisitKind, type VisitStatus } from "../enums";

export const ServiceVisitsQuery = graphql(
  `
    query ServiceVisits($communityId: ID!, $status: ServiceVisitStatus, $kind: ServiceVisitKind, $search: String, $first: Int, $after: String) {
      serviceVisits(communityId: $communityId, status: $status, kind: $kind, search: $search, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            ...VisitRow
          }
        }
      }
    }
  `,
  [VisitRow],
);

export function VisitsPage({ communityId }: { communityId: string }) {
  const { t } = useTranslation("serviceComplex");
  const options = useEnumOptions();
  const { can } = useCurrentCommunity();
  const [filters, setFilters] = useState<{ search: string; status: VisitStatus | null; kind: VisitKind | null }>({ search: "", status: null, kind: null });
  const [recording, setRecording] = useState(false);
  const [step, setStep] = useState<{ visitId: string; step: VisitStep } | null>(null);
  const onSearch = useCallback((search: string) => setFilters((f) => (f.search === search ? f : { ...f, search })), []);
  const pager = useCursorPaging(JSON.stringify([communityId, filters]));
  const [{ data, fetching, error }] = useQuery({
    query: ServiceVisitsQuery,
    variables: { communityId, status: filters.status, kind: filters.kind, search: filters.search || null, ...pager.variables },
  });
  const canManage = can("visit:manage");

  return (
    <>
      <PageHeader
        title={t("visits.title")}
        description={t("visits.description")}
        actions={
          canManage && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setRecording(true)}>
              {t("visits.record")}
            </Button>
          )
        }
      />
      <Group mb="sm" gap="sm">
        <SearchInput placeholder={t("visits.searchPlaceholder")} onSearch={onSearch} />
        <Select
          aria-label={t("visits.status")}
          placeholder={t("visits.status")}
          clearable
          w={140}
          value={filters.status}
          onChange={(v) => setFilters((f) => ({ ...f, status: isOneOf(VISIT_STATUSES, v) ? v : null }))}
          data={options("ServiceVisitStatus", VISIT_STATUSES)}
        />
        <Select
          aria-label={t("visits.kind")}
          placeholder={t("visits.kind")}
          clearable
          w={140}
          value={filters.kind}
          onChange={(v) => setFilters((f) => ({ ...f, kind: isOneOf(VISIT_KINDS, v) ? v : null }))}
          data={options("ServiceVisitKind", VISIT_KINDS)}
        />
      </Group>
      <VisitsTable
        visits={data?.serviceVisits.edges.map((e) => e.node)}
        fetching={fetching}
        error={error}
        paging={{ pager, pageInfo: data?.serviceVisits.pageInfo, totalCount: data?.serviceVisits.totalCount }}
        onStep={canManage ? (visitId, s) => setStep({ visitId, step: s }) : undefined}
      />
      {recording && <RecordVisitModal communityId={communityId} onClose={() => setRecording(false)} />}
      {step?.step === "topic" && (
        <VisitToTopicModal key={step.visitId} visit={data?.serviceVisits.edges.find((e) => e.node.id === step.visitId)?.node} onClose={() => setStep(null)} />
      )}
      {step && step.step !== "topic" && <VisitStepModal key={`${step.visitId}-${step.step}`} visitId={step.visitId} step={step.step} onClose={() => setStep(null)} />}
    </>
  );
}
