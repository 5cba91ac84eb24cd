// 评价: the resident's rating, once given.
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Group, Paper, Rating, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../../lib/format";

export const TicketRatingFields = graphql(`
  fragment TicketRatingFields on ServiceTicket {
    id
    rating
    ratingComment
    ratedAt
  }
`);

export function TicketRating({ ticket }: { ticket: FragmentOf<typeof TicketRatingFields> }) {
  const { t, i18n } = useTranslation("serviceComplex");
  const x = readFragment(TicketRatingFields, ticket);
  if (x.rating == null) return null;
  return (
    <Paper withBorder p="md" data-testid="ticket-rating">
      <Title order={4} mb="sm">
        {t("ticket.rating")}
      </Title>
      <Group gap="sm">
        <Rating value={x.rating} readOnly aria-label={t("ticket.ratingValue", { rating: x.rating })} />
        <Text fw={600}>{t("ticket.ratingValue", { rating: x.rating })}</Text>
      </Group>
      {x.ratingComment && (
        <Text size="sm" mt="xs">
          “{x.ratingComment}”
        </Text>
      )}
      <Text size="xs" c="dimmed" mt={4}>
        {formatDateTime(x.ratedAt, i18n.language)}
      </Text>
    </Paper>
  );
}
