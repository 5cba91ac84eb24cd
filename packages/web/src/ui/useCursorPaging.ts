// Relay paging forward with first/after, and back through a stack of the `after` cursors used so
// far. A new `resetKey` (e.g. the filters) starts again from the first page.
import { useCallback, useState } from "react";

export const PAGE_SIZE = 20;

export interface CursorPager {
  variables: { first: number; after: string | null };
  /** 1-based. */
  page: number;
  hasPrevious: boolean;
  next: (endCursor: string | null | undefined) => void;
  previous: () => void;
}

export function useCursorPaging(resetKey: string, pageSize = PAGE_SIZE): CursorPager {
  const [state, setState] = useState<{ key: string; stack: (string | null)[] }>({ key: resetKey, stack: [] });
  const stack = state.key === resetKey ? state.stack : [];

  const next = useCallback(
    (endCursor: string | null | undefined) => {
      if (endCursor) setState({ key: resetKey, stack: [...stack, endCursor] });
    },
    [resetKey, stack],
  );
  const previous = useCallback(() => setState({ key: resetKey, stack: stack.slice(0, -1) }), [resetKey, stack]);

  return {
    variables: { first: pageSize, after: stack.at(-1) ?? null },
    page: stack.length + 1,
    hasPrevious: stack.length > 0,
    next,
    previous,
  };
}
