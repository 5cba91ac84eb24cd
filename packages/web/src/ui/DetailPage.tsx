// The frame of a page about one record (a ticket, a topic, an activity, a project …): a link back to
// its list, the query's error, a loader until the first answer, a notice when the answer holds no
// such record (deleted, or outside the viewer's communities: the API answers null for both), and
// then the page itself, drawn from the record.
import { Alert, Anchor, Center, Loader, Stack } from "@mantine/core";
import { IconArrowLeft } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { Link } from "react-router";
import type { CombinedError } from "urql";
import { QueryError } from "./QueryError";

export interface DetailPageProps<T> {
  /** Where "back" leads, and its label. */
  back: { to: string; label: string };
  /** The page query's state (urql's useQuery result). */
  query: { data?: unknown; fetching: boolean; error?: CombinedError };
  /** The record the answer holds, or null. */
  record: T | null;
  /** Shown when the answer came and holds no record. */
  notFound: string;
  children: (record: T) => ReactNode;
}

export function DetailPage<T>({ back, query, record, notFound, children }: DetailPageProps<T>) {
  return (
    <Stack>
      <Anchor component={Link} to={back.to} size="sm">
        <IconArrowLeft size={14} style={{ verticalAlign: "middle" }} /> {back.label}
      </Anchor>
      <QueryError error={query.error} />
      {!query.data && query.fetching && (
        <Center py="xl">
          <Loader />
        </Center>
      )}
      {query.data != null && !record && <Alert color="yellow">{notFound}</Alert>}
      {record && children(record)}
    </Stack>
  );
}
