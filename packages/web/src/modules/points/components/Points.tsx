import { Text, type TextProps } from "@mantine/core";

/** Points with their sign: +20 in green, −5 in red. */
export function Points({ value, ...props }: { value: number } & TextProps) {
  const color = value > 0 ? "green.7" : value < 0 ? "red.7" : undefined;
  return (
    <Text component="span" fw={600} c={color} ff="monospace" {...props}>
      {value > 0 ? `+${value}` : value < 0 ? `−${Math.abs(value)}` : "0"}
    </Text>
  );
}
