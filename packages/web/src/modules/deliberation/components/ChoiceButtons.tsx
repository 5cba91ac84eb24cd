// A row of large toggle buttons for the meeting tablet (出席/缺席/请假, 赞成/反对/弃权): the chosen one
// is filled and aria-pressed; nothing chosen yet is a valid state.
import { Button, Group } from "@mantine/core";

export interface Choice<V extends string> {
  value: V;
  label: string;
  color: string;
}

interface ChoiceButtonsProps<V extends string> {
  label: string;
  choices: readonly Choice<V>[];
  value: V | null;
  onChange: (value: V) => void;
  disabled?: boolean;
  loading?: V | null;
}

export function ChoiceButtons<V extends string>({ label, choices, value, onChange, disabled, loading }: ChoiceButtonsProps<V>) {
  return (
    <Group role="group" aria-label={label} gap={6} wrap="nowrap">
      {choices.map((c) => (
        <Button
          key={c.value}
          size="md"
          miw={76}
          color={c.color}
          variant={value === c.value ? "filled" : "default"}
          aria-pressed={value === c.value}
          disabled={disabled}
          loading={loading === c.value}
          onClick={() => value !== c.value && onChange(c.value)}
        >
          {c.label}
        </Button>
      ))}
    </Group>
  );
}
