// Add the community's own item, or edit an item: for an adopted district item the values become
// the community's adjustments (the district template is not changed).
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Alert, Group, NumberInput, Select, SimpleGrid, Switch, TagsInput, TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { orNull } from "../../../../lib/format";
import { FormModal } from "../../../../ui/FormModal";
import { CATEGORIES, useEnumOptions, WINDOW_KINDS, type Category, type WindowKind } from "../../enums";
import type { useCreateItem, useUpdateItem } from "./commands";

export const CatalogItemFields = graphql(`
  fragment CatalogItemFields on CommunityServiceItem {
    id
    code
    name
    category
    windowKind
    materials
    timeLimitDays
    onlineAllowed
    proxyAllowed
    description
    active
    isOwn
    overriddenFields
  }
`);

interface CatalogItemModalProps {
  communityId: string;
  item?: FragmentOf<typeof CatalogItemFields>;
  /** createCommunityServiceItem and updateCommunityServiceItem (useCreateItem, useUpdateItem), from the page: they refresh this form's item, so the form does not hold them. */
  commands: { create: ReturnType<typeof useCreateItem>; update: ReturnType<typeof useUpdateItem> };
  onClose: () => void;
}

export function CatalogItemModal({ communityId, item, commands, onClose }: CatalogItemModalProps) {
  const { t } = useTranslation("serviceComplex");
  const options = useEnumOptions();
  const x = item ? readFragment(CatalogItemFields, item) : null;
  const form = useForm({
    initialValues: {
      code: x?.code ?? "",
      name: x?.name ?? "",
      category: (x?.category ?? "BASIC") as Category,
      windowKind: (x?.windowKind ?? "GENERAL") as WindowKind,
      materials: [...(x?.materials ?? [])],
      timeLimitDays: x?.timeLimitDays ?? 1,
      onlineAllowed: x?.onlineAllowed ?? false,
      proxyAllowed: x?.proxyAllowed ?? false,
      description: x?.description ?? "",
      active: x?.active ?? true,
    },
    validate: {
      name: (v) => (v.trim() ? null : t("form.required")),
      timeLimitDays: (v) => (Number.isInteger(v) && v >= 0 && v <= 365 ? null : t("catalog.timeLimitInvalid")),
    },
  });
  const [create, creating] = commands.create;
  const [update, updating] = commands.update;

  const submit = form.onSubmit(async (v) => {
    const fields = {
      code: orNull(v.code),
      name: v.name.trim(),
      category: v.category,
      windowKind: v.windowKind,
      materials: v.materials.map((m) => m.trim()).filter(Boolean),
      timeLimitDays: v.timeLimitDays,
      onlineAllowed: v.onlineAllowed,
      proxyAllowed: v.proxyAllowed,
      description: orNull(v.description),
    };
    const done = x
      ? await update({ id: x.id, input: { ...fields, active: v.active } }, { form, success: t("catalog.updated") })
      : await create({ input: { ...fields, communityId } }, { form, success: t("catalog.created") });
    if (done) onClose();
  });

  return (
    <FormModal opened onClose={onClose} title={x ? t("catalog.edit") : t("catalog.create")} onSubmit={submit} submitting={creating || updating}>
      {x && !x.isOwn && (
        <Alert color="blue" variant="light">
          {t("catalog.templateHint")}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label={t("catalog.code")} {...form.getInputProps("code")} />
        <TextInput label={t("catalog.name")} withAsterisk style={{ gridColumn: "span 2" }} {...form.getInputProps("name")} />
      </SimpleGrid>
      <SimpleGrid cols={2}>
        <Select label={t("catalog.category")} allowDeselect={false} data={options("ServiceItemCategory", CATEGORIES)} {...form.getInputProps("category")} />
        <Select label={t("catalog.windowKind")} allowDeselect={false} data={options("ServiceWindowKind", WINDOW_KINDS)} {...form.getInputProps("windowKind")} />
      </SimpleGrid>
      <TagsInput label={t("catalog.materials")} description={t("catalog.materialsHint")} {...form.getInputProps("materials")} />
      <NumberInput label={t("catalog.timeLimitDays")} description={t("catalog.timeLimitHint")} min={0} max={365} allowDecimal={false} {...form.getInputProps("timeLimitDays")} />
      <Group gap="xl">
        <Switch label={t("catalog.onlineAllowed")} {...form.getInputProps("onlineAllowed", { type: "checkbox" })} />
        <Switch label={t("catalog.proxyAllowed")} {...form.getInputProps("proxyAllowed", { type: "checkbox" })} />
        {x && <Switch label={t("catalog.active")} {...form.getInputProps("active", { type: "checkbox" })} />}
      </Group>
      <Textarea label={t("catalog.description")} autosize minRows={2} {...form.getInputProps("description")} />
    </FormModal>
  );
}
