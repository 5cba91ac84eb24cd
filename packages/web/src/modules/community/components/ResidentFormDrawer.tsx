// Register a resident or edit one, in a drawer. Client-side rules first; the server's UserError
// issues (e.g. DUPLICATE on input.idNumber) land under the fields they name.
import { readFragment, type FragmentOf } from "@gongzhi/schema";
import { Button, Checkbox, Drawer, Group, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { useCommand } from "../../../lib/useCommand";
import { GridSelect } from "./GridSelect";
import { HouseholdSelect } from "./HouseholdSelect";
import { PartyOrganizationSelect } from "./PartyOrganizationSelect";
import { initialValues, ResidentFormFields, residentRules, toInput } from "./residentForm";
import { CreateResidentMutation, UpdateResidentMutation } from "./residentCommands";

interface ResidentFormDrawerProps {
  communityId: string;
  resident?: FragmentOf<typeof ResidentFormFields>;
  /** The viewer holds resident:viewPii in the community: only then can an ID number be entered. */
  canViewPii: boolean;
  onClose: () => void;
}

export function ResidentFormDrawer({ communityId, resident, canViewPii, onClose }: ResidentFormDrawerProps) {
  const { t } = useTranslation();
  const current = resident ? readFragment(ResidentFormFields, resident) : null;
  const form = useForm({ initialValues: initialValues(resident), validate: residentRules(t) });
  const [create, creating] = useCommand(CreateResidentMutation, (d) => d.createResident);
  const [update, updating] = useCommand(UpdateResidentMutation, (d) => d.updateResident);
  const keepHint = current ? t("residents.keepPiiHint") : undefined;
  // Without resident:viewPii the birth date comes back null (birthYear and age only) and the ID
  // number cannot be set: an empty birth date then keeps the stored one.
  const birthDateHidden = !!current && current.birthDate == null && current.birthYear != null;

  const submit = form.onSubmit(async (v) => {
    const input = toInput(v, !!current, { birthDateHidden, canViewPii });
    const done = current
      ? await update({ id: current.id, input }, { form, success: t("residents.updated") })
      : await create({ input: { ...input, communityId } }, { form, success: t("residents.created") });
    if (done) onClose();
  });

  return (
    <Drawer opened onClose={onClose} position="right" size="lg" title={current ? t("residents.edit") : t("residents.create")} closeButtonProps={{ "aria-label": t("common.close") }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput label={t("residents.name")} withAsterisk {...form.getInputProps("name")} />
          <SimpleGrid cols={2}>
            <Select
              label={t("residents.gender")}
              clearable
              data={(["MALE", "FEMALE"] as const).map((g) => ({ value: g, label: t(`enums.Gender.${g}`) }))}
              {...form.getInputProps("gender")}
            />
            <TextInput
              type="date"
              label={t("residents.birthDate")}
              description={birthDateHidden ? t("residents.birthDateHidden", { year: current?.birthYear }) : undefined}
              {...form.getInputProps("birthDate")}
            />
          </SimpleGrid>
          <Select
            label={t("residents.registration")}
            allowDeselect={false}
            data={(["REGISTERED", "RESIDENT"] as const).map((r) => ({ value: r, label: t(`enums.Registration.${r}`) }))}
            {...form.getInputProps("registration")}
          />
          <TextInput label={t("residents.phone")} inputMode="tel" placeholder={current?.maskedPhone ?? undefined} description={keepHint} {...form.getInputProps("phone")} />
          {canViewPii ? (
            <TextInput label={t("residents.idNumber")} placeholder={current?.maskedIdNumber ?? undefined} description={keepHint} {...form.getInputProps("idNumber")} />
          ) : (
            <Stack gap={2}>
              <Text size="sm" fw={500}>
                {t("residents.idNumber")} {current?.maskedIdNumber ?? ""}
              </Text>
              <Text size="xs" c="dimmed" data-testid="id-number-no-pii">
                {t("residents.idNumberNoPii")}
              </Text>
            </Stack>
          )}
          <SimpleGrid cols={2}>
            <GridSelect communityId={communityId} label={t("residents.grid")} {...form.getInputProps("gridId")} />
            <HouseholdSelect communityId={communityId} initial={current?.household} label={t("residents.household")} {...form.getInputProps("householdId")} />
          </SimpleGrid>
          <Checkbox label={t("residents.partyMember")} {...form.getInputProps("isPartyMember", { type: "checkbox" })} />
          {form.values.isPartyMember && (
            <PartyOrganizationSelect communityId={communityId} label={t("residents.partyOrganization")} {...form.getInputProps("partyOrganizationId")} />
          )}
          <Group gap="lg">
            <Checkbox label={t("residents.isNotable")} {...form.getInputProps("isNotable", { type: "checkbox" })} />
            <Checkbox label={t("residents.isDeputy")} {...form.getInputProps("isDeputy", { type: "checkbox" })} />
            <Checkbox label={t("residents.isRetiredCadre")} {...form.getInputProps("isRetiredCadre", { type: "checkbox" })} />
          </Group>
          <Textarea label={t("residents.note")} autosize minRows={2} {...form.getInputProps("note")} />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={creating || updating}>
              {t("common.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Drawer>
  );
}
