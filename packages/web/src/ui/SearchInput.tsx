// A search box that reports its value after the user pauses typing.
import { TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import { useEffect, useState } from "react";

export function SearchInput({ onSearch, placeholder, delay = 300 }: { onSearch: (value: string) => void; placeholder: string; delay?: number }) {
  const [value, setValue] = useState("");
  const [debounced] = useDebouncedValue(value.trim(), delay);
  useEffect(() => onSearch(debounced), [debounced, onSearch]);
  return (
    <TextInput
      type="search"
      leftSection={<IconSearch size={16} />}
      placeholder={placeholder}
      aria-label={placeholder}
      value={value}
      onChange={(e) => setValue(e.currentTarget.value)}
      w={260}
    />
  );
}
