// 居民登录卡: a one-time sign-in card for a resident without a phone. Staff print it (the QR opens
// the resident side's /c/<community code>/card/<token>, which signs in once); the token is shown
// this once and expires in 7 days. Printing a new card voids the resident's earlier unused ones.
import { graphql } from "@gongzhi/schema";
import { Alert, Button, Center, Group, Image, Loader, Modal, Stack, Text } from "@mantine/core";
import { IconPrinter } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../lib/format";
import { printQrSheet, useQrCode } from "../../../lib/qrCode";
import { UserErrorFields } from "../../../lib/userError";

export const IssueResidentSignInCardMutation = graphql(
  `
    mutation IssueResidentSignInCard($residentId: ID!) {
      issueResidentSignInCard(residentId: $residentId) {
        __typename
        ... on MutationIssueResidentSignInCardSuccess {
          data {
            token
            path
            url
            expiresAt
            resident {
              id
              name
            }
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [UserErrorFields],
);

export interface SignInCard {
  path: string;
  url: string | null;
  expiresAt: string;
  resident: { name: string };
}

/** The card's address: the configured public URL, else the path on this origin (same server). */
export const cardUrl = (card: Pick<SignInCard, "path" | "url">) => card.url ?? `${window.location.origin}${card.path}`;

export function SignInCardModal({ card, onClose }: { card: SignInCard; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const url = cardUrl(card);
  const { image, failed } = useQrCode(url);
  const expires = formatDateTime(card.expiresAt, i18n.language) ?? "";
  const title = t("residents.signInCard.cardTitle", { name: card.resident.name });

  const print = () => {
    if (image) printQrSheet({ title, image, alt: t("residents.signInCard.qrAlt"), lines: [t("residents.signInCard.printHint", { expires })] });
  };

  return (
    <Modal opened onClose={onClose} title={t("residents.signInCard.title")} size="md" centered>
      <Stack align="center" gap="sm">
        <Text fw={600} ta="center">
          {title}
        </Text>
        {failed ? (
          <Alert color="red">{t("residents.signInCard.qrFailed")}</Alert>
        ) : image ? (
          <Image src={image} alt={t("residents.signInCard.qrAlt")} w={280} h={280} data-testid="sign-in-card-qr" />
        ) : (
          <Center h={280}>
            <Loader />
          </Center>
        )}
        <Text size="sm" ta="center">
          {t("residents.signInCard.printHint", { expires })}
        </Text>
        <Text size="xs" c="dimmed" ta="center">
          {t("residents.signInCard.onceHint")}
        </Text>
        <Group>
          <Button leftSection={<IconPrinter size={16} />} onClick={print} disabled={!image}>
            {t("residents.signInCard.print")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
