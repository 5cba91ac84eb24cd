// The complex itself: name, address, phone, hours, description. Creates the complex when the
// community has none yet. The save commands come from the page (they refresh this form's fragment,
// so the form does not hold them).
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Button, Group, Paper, SimpleGrid, Stack, TextInput, Textarea, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { orNull } from "../../../../lib/format";
import { PHONE } from "../queue/NewTicketModal";
import type { useCreateComplex, useUpdateComplex } from "./commands";
import { OpeningHoursFields, periodRules, type PeriodValue } from "./OpeningHoursFields";

export const ComplexFormFields = graphql(`
  fragment ComplexFormFields on ServiceComplex {
    id
    name
    address
    phone
    description
    hoursNote
    openingHours {
      weekday
      opens
      closes
    }
  }
`);

interface ComplexFormProps {
  communityId: string;
  complex: FragmentOf<typeof ComplexFormFields> | null;
  /** createServiceComplex and updateServiceComplex (useCreateComplex, useUpdateComplex), from the page. */
  commands: { create: ReturnType<typeof useCreateComplex>; update: ReturnType<typeof useUpdateComplex> };
}

export function ComplexForm({ communityId, complex, commands }: ComplexFormProps) {
  const { t } = useTranslation("serviceComplex");
  const c = complex ? readFragment(ComplexFormFields, complex) : null;
  const form = useForm({
    initialValues: {
      name: c?.name ?? "",
      address: c?.address ?? "",
      phone: c?.phone ?? "",
      description: c?.description ?? "",
      hoursNote: c?.hoursNote ?? "",
      openingHours: (c?.openingHours ?? []).map((p): PeriodValue => ({ weekday: String(p.weekday), opens: p.opens, closes: p.closes })),
    },
    validate: {
      name: (v) => (v.trim() ? null : t("form.required")),
      address: (v) => (v.trim() ? null : t("form.required")),
      phone: (v) => (!v.trim() || PHONE.test(v.trim()) ? null : t("form.phoneInvalid")),
      openingHours: periodRules(t("settings.closesAfterOpens")),
    },
  });
  const [create, creating] = commands.create;
  const [update, updating] = commands.update;
  const submit = form.onSubmit(async (v) => {
    const fields = {
      name: v.name.trim(),
      address: v.address.trim(),
      phone: orNull(v.phone),
      description: orNull(v.description),
      hoursNote: orNull(v.hoursNote),
      openingHours: v.openingHours.map((p) => ({ weekday: Number(p.weekday), opens: p.opens, closes: p.closes })),
    };
    if (c) await update({ id: c.id, input: fields }, { form, success: t("settings.saved") });
    else await create({ input: { ...fields, communityId } }, { form, success: t("settings.created") });
  });
  return (
    <Paper withBorder p="md">
      <Title order={4} mb="sm">
        {c ? t("settings.complex") : t("settings.createComplex")}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t("settings.name")} placeholder={t("settings.namePlaceholder")} withAsterisk {...form.getInputProps("name")} />
            <TextInput label={t("settings.phone")} {...form.getInputProps("phone")} />
          </SimpleGrid>
          <TextInput label={t("settings.address")} withAsterisk {...form.getInputProps("address")} />
          <OpeningHoursFields form={form} />
          <TextInput label={t("settings.hoursNote")} placeholder={t("settings.hoursNotePlaceholder")} {...form.getInputProps("hoursNote")} />
          <Textarea label={t("settings.description")} autosize minRows={2} {...form.getInputProps("description")} />
          <Group justify="flex-end">
            <Button type="submit" loading={creating || updating}>
              {c ? t("save") : t("settings.createComplex")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
