import { Center, Loader } from "@mantine/core";
import { Suspense, type ReactNode } from "react";

/** A screen loaded on demand: a loader until its code has arrived. */
export function Lazy({ children }: { children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <Center py="xl">
          <Loader />
        </Center>
      }
    >
      {children}
    </Suspense>
  );
}
