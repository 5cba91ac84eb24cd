// The opening periods of the complex: weekday, opens, closes; several a day (morning, afternoon).
import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

export interface PeriodValue {
  weekday: string;
  opens: string;
  closes: string;
}

const WEEKDAYS = ["1", "2", "3", "4", "5", "6", "7"] as const;

export function OpeningHoursFields<V extends { openingHours: PeriodValue[] }>({ form }: { form: UseFormReturnType<V> }) {
  const { t } = useTranslation("serviceComplex");
  const periods = form.getValues().openingHours;
  const add = () => {
    const last = periods.at(-1);
    const next = last ? String(Math.min(7, Number(last.weekday) + 1)) : "1";
    const period: PeriodValue = { weekday: next, opens: last?.opens ?? "08:30", closes: last?.closes ?? "17:30" };
    form.insertListItem("openingHours", period as never);
  };
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {t("settings.openingHours")}
      </Text>
      {periods.map((p, i) => (
        // On a phone the weekday takes its own line (the three fields side by side do not fit 390 px).
        <Group key={`${i}-${p.weekday}`} gap="xs" wrap="wrap" align="flex-start">
          <Select
            aria-label={t("settings.weekday")}
            w={{ base: "100%", xs: 110 }}
            allowDeselect={false}
            data={WEEKDAYS.map((d) => ({ value: d, label: t(`weekdays.${d}`) }))}
            {...form.getInputProps(`openingHours.${i}.weekday`)}
          />
          <TextInput type="time" aria-label={t("settings.opens")} w={120} {...form.getInputProps(`openingHours.${i}.opens`)} />
          <Text pt={6}>–</Text>
          <TextInput type="time" aria-label={t("settings.closes")} w={120} {...form.getInputProps(`openingHours.${i}.closes`)} />
          <ActionIcon variant="subtle" color="red" mt={4} aria-label={t("settings.removePeriod")} onClick={() => form.removeListItem("openingHours", i)}>
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Button variant="subtle" size="xs" leftSection={<IconPlus size={14} />} onClick={add} w="fit-content">
        {t("settings.addPeriod")}
      </Button>
    </Stack>
  );
}

/** Each period's closes after its opens. */
export const periodRules = (message: string) => ({
  closes: (v: string, values: unknown, path: string) => {
    const i = Number(path.split(".")[1]);
    const p = (values as { openingHours: PeriodValue[] }).openingHours[i];
    return p && v <= p.opens ? message : null;
  },
});
