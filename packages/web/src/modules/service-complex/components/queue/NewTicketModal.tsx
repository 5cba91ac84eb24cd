// Open a ticket at the window (窗口办理) or by proxy (代办): the catalog item, the applicant (a
// resident of the community, or a name), the channel. The item's materials and promised day show
// once it is chosen.
import { Alert, Group, List, SegmentedControl, Select, SimpleGrid, Text, TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { formatDate, orNull } from "../../../../lib/format";
import { FormModal } from "../../../../ui/FormModal";
import { useEnumLabel } from "../../enums";
import { ticketPath } from "../../paths";
import { ResidentPicker } from "../../../community/components/ResidentPicker";
import { useCreateTicket } from "./commands";
import { ItemSelect, type ItemOptionData } from "./ItemSelect";

export const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/;

interface NewTicketModalProps {
  communityId: string;
  windows: { value: string; label: string }[];
  defaultWindowId: string | null;
  onClose: () => void;
}

export function NewTicketModal({ communityId, windows, defaultWindowId, onClose }: NewTicketModalProps) {
  const { t, i18n } = useTranslation("serviceComplex");
  const label = useEnumLabel();
  const navigate = useNavigate();
  const [item, setItem] = useState<ItemOptionData | null>(null);
  const form = useForm({
    initialValues: {
      itemId: null as string | null,
      channel: "WINDOW" as "WINDOW" | "PROXY",
      residentId: null as string | null,
      applicantName: "",
      applicantPhone: "",
      content: "",
      proxyAgentName: "",
      windowId: defaultWindowId,
    },
    validate: {
      itemId: (v) => (v ? null : t("form.required")),
      applicantName: (v, values) => (v.trim() || values.residentId ? null : t("queue.applicantRequired")),
      applicantPhone: (v) => (!v.trim() || PHONE.test(v.trim()) ? null : t("form.phoneInvalid")),
      residentId: (v, values) => (values.channel === "PROXY" && !v ? t("queue.proxyNeedsResident") : null),
      channel: (v) => (v === "PROXY" && item && !item.proxyAllowed ? t("queue.proxyNotAllowed") : null),
    },
  });
  const [create, creating] = useCreateTicket();

  const submit = form.onSubmit(async (v) => {
    const input = {
      itemId: v.itemId!,
      channel: v.channel,
      residentId: v.residentId,
      applicantName: orNull(v.applicantName),
      applicantPhone: orNull(v.applicantPhone),
      content: orNull(v.content),
      proxyAgentName: v.channel === "PROXY" ? orNull(v.proxyAgentName) : null,
      windowId: v.windowId,
    };
    const done = await create({ input }, { form, success: t("queue.created") });
    if (done) {
      onClose();
      void navigate(ticketPath(done.id));
    }
  });

  return (
    <FormModal opened onClose={onClose} title={t("queue.newTicket")} onSubmit={submit} submitting={creating} submitLabel={t("queue.submitTicket")}>
      <ItemSelect
        communityId={communityId}
        label={t("ticket.item")}
        placeholder={t("queue.itemPlaceholder")}
        withAsterisk
        {...form.getInputProps("itemId")}
        onChange={(id, data) => {
          form.setFieldValue("itemId", id);
          setItem(data);
        }}
      />
      {item && (
        <Alert color="blue" variant="light" p="sm">
          <Group gap="lg" mb={4}>
            <Text size="sm">
              {t("catalog.windowKind")}：{label("ServiceWindowKind", item.windowKind)}
            </Text>
            <Text size="sm">
              {t("queue.expectedDue")}：{formatDate(item.expectedDueDate, i18n.language)}（{item.timeLimitDays === 0 ? t("catalog.immediate") : t("catalog.days", { count: item.timeLimitDays })}）
            </Text>
          </Group>
          <Text size="sm" fw={500}>
            {t("ticket.materials")}
          </Text>
          {item.materials.length ? (
            <List size="sm">
              {item.materials.map((m) => (
                <List.Item key={m}>{m}</List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm">{t("ticket.noMaterials")}</Text>
          )}
        </Alert>
      )}
      <SegmentedControl
        aria-label={t("ticket.channel")}
        data={[
          { value: "WINDOW", label: label("ServiceTicketChannel", "WINDOW") },
          { value: "PROXY", label: label("ServiceTicketChannel", "PROXY") },
        ]}
        {...form.getInputProps("channel")}
      />
      {form.errors.channel && (
        <Text size="sm" c="red">
          {form.errors.channel}
        </Text>
      )}
      <ResidentPicker
        communityId={communityId}
        label={t("ticket.resident")}
        placeholder={t("queue.residentPlaceholder")}
        description={t("queue.residentHint")}
        withAsterisk={form.values.channel === "PROXY"}
        {...form.getInputProps("residentId")}
        onChange={(id, resident) => {
          form.setFieldValue("residentId", id);
          if (resident && !form.values.applicantName.trim()) form.setFieldValue("applicantName", resident.name);
        }}
      />
      <SimpleGrid cols={2}>
        <TextInput label={t("ticket.applicant")} withAsterisk={!form.values.residentId} {...form.getInputProps("applicantName")} />
        <TextInput label={t("ticket.applicantPhone")} inputMode="tel" {...form.getInputProps("applicantPhone")} />
      </SimpleGrid>
      {form.values.channel === "PROXY" && <TextInput label={t("ticket.proxyAgent")} placeholder={t("queue.proxyAgentHint")} {...form.getInputProps("proxyAgentName")} />}
      <Select label={t("ticket.window")} placeholder={t("queue.windowAuto")} clearable data={windows} {...form.getInputProps("windowId")} />
      <Textarea label={t("ticket.content")} autosize minRows={2} {...form.getInputProps("content")} />
    </FormModal>
  );
}
