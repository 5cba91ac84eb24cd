// 办件详情: the ticket with its full history, the item's materials, the steps allowed now and the
// rating. The applicant's phone is selected here only (a full value is an audited reveal).
import { graphql } from "@gongzhi/schema";
import { Grid, Stack } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { DetailPage } from "../../../ui/DetailPage";
import { TicketActionFields, TicketActions, type ChosenStep } from "../components/ticket/TicketActions";
import { TicketMaterials, TicketMaterialsFields } from "../components/ticket/TicketMaterials";
import { TicketRating, TicketRatingFields } from "../components/ticket/TicketRating";
import { TicketStepModal } from "../components/ticket/TicketStepModal";
import { TicketSummary, TicketSummaryFields } from "../components/ticket/TicketSummary";
import { TicketTimeline, TicketTimelineFields } from "../components/ticket/TicketTimeline";
import { sectionPath } from "../paths";

export const ServiceTicketQuery = graphql(
  `
    query ServiceTicket($id: ID!) {
      node(id: $id) {
        __typename
        ... on ServiceTicket {
          id
          applicantPhone
          ...TicketSummaryFields
          ...TicketMaterialsFields
          ...TicketTimelineFields
          ...TicketRatingFields
          ...TicketActionFields
        }
      }
    }
  `,
  [TicketSummaryFields, TicketMaterialsFields, TicketTimelineFields, TicketRatingFields, TicketActionFields],
);

export function TicketPage({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation("serviceComplex");
  const [{ data, fetching, error }] = useQuery({ query: ServiceTicketQuery, variables: { id: ticketId }, requestPolicy: "cache-and-network" });
  const ticket = data?.node?.__typename === "ServiceTicket" ? data.node : null;
  const [open, setOpen] = useState<ChosenStep | null>(null);
  return (
    <>
      <DetailPage back={{ to: sectionPath("queue"), label: t("ticket.backToQueue") }} query={{ data, fetching, error }} record={ticket} notFound={t("ticket.notFound")}>
        {(ticket) => (
          <Grid>
            <Grid.Col span={{ base: 12, md: 8 }}>
              <Stack>
                <TicketSummary ticket={ticket} applicantPhone={ticket.applicantPhone} />
                <TicketTimeline ticket={ticket} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Stack>
                <TicketActions ticket={ticket} onStep={setOpen} />
                <TicketRating ticket={ticket} />
                <TicketMaterials ticket={ticket} />
              </Stack>
            </Grid.Col>
          </Grid>
        )}
      </DetailPage>
        {open && <TicketStepModal key={open.step} step={open.step} ticketId={open.ticketId} communityId={open.communityId} materials={open.materials} onClose={() => setOpen(null)} />}
    </>
  );
}
