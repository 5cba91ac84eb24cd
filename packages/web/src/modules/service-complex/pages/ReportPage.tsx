// 月报: the monthly service report of the community, or of a street or district for their staff:
// figures, charts, by item and by community, and the Excel export.
import { graphql } from "@gongzhi/schema";
import { Button, Center, Loader } from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { PageHeader } from "../../../ui/PageHeader";
import { QueryError } from "../../../ui/QueryError";
import { useCurrentCommunity } from "../../community/hooks/useCurrentCommunity";
import { ReportCharts, ReportChartsFields } from "../components/report/ReportCharts";
import { ReportScope } from "../components/report/ReportScope";
import { ReportStats, ReportStatsFields } from "../components/report/ReportStats";
import { ReportCommunitiesFields, ReportCommunitiesTable, ReportItemsFields, ReportItemsTable } from "../components/report/ReportTables";
import { chinaMonth } from "../../../lib/dates";
import { useExcelDownload } from "../../../lib/useExcelDownload";

export const ServiceReportQuery = graphql(
  `
    query ServiceReport($nodeId: ID!, $month: String!) {
      serviceReport(nodeId: $nodeId, month: $month) {
        nodeId
        nodeName
        nodeKind
        month
        ...ReportStatsFields
        ...ReportChartsFields
        ...ReportItemsFields
        ...ReportCommunitiesFields
      }
    }
  `,
  [ReportStatsFields, ReportChartsFields, ReportItemsFields, ReportCommunitiesFields],
);

const ServiceReportExcelQuery = graphql(`
  query ServiceReportExcel($nodeId: ID!, $month: String!) {
    serviceReportExcel(nodeId: $nodeId, month: $month) {
      filename
      mimeType
      contentBase64
    }
  }
`);

export function ReportPage({ communityId }: { communityId: string }) {
  const { t } = useTranslation("serviceComplex");
  const { community } = useCurrentCommunity();
  const [nodeId, setNodeId] = useState(communityId);
  const [month, setMonth] = useState(() => chinaMonth());
  const [{ data, fetching, error }] = useQuery({ query: ServiceReportQuery, variables: { nodeId, month }, requestPolicy: "cache-and-network" });
  const [download, downloading] = useExcelDownload(ServiceReportExcelQuery, (d) => d.serviceReportExcel);
  const report = data?.serviceReport;

  return (
    <>
      <PageHeader
        title={t("report.title")}
        description={report ? t("report.subtitle", { name: report.nodeName, year: month.slice(0, 4), month: Number(month.slice(5)) }) : undefined}
        actions={
          <>
            <ReportScope community={community} nodeId={nodeId} month={month} onNodeChange={setNodeId} onMonthChange={setMonth} />
            <Button variant="default" leftSection={<IconDownload size={16} />} loading={downloading} onClick={() => void download({ nodeId, month })}>
              {t("report.export")}
            </Button>
          </>
        }
      />
      <QueryError error={error} />
      {!report && fetching && (
        <Center py="xl">
          <Loader />
        </Center>
      )}
      {report && (
        <>
          <ReportStats report={report} />
          <ReportCharts report={report} />
          {report.nodeKind !== "COMMUNITY" && <ReportCommunitiesTable report={report} />}
          <ReportItemsTable report={report} />
        </>
      )}
    </>
  );
}
