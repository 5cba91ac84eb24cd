// 进展: progress updates, newest first, with their photos and percent complete; 发布进展 (text,
// percent, up to 9 photos) for the lead and holders of project:report while approved or running.
import { graphql } from "@gongzhi/schema";
import { Button, Card, FileInput, Group, Image, NumberInput, Paper, Progress, SimpleGrid, Stack, Text, Textarea, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconPhoto, IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../../lib/format";
import { FormModal } from "../../../../ui/FormModal";
import { usePostUpdate } from "./updateCommands";
import { LIMITS, uploadProblem } from "../../files";
import { Pager } from "../../../../ui/DataTable";
import { useCursorPaging } from "../../../../ui/useCursorPaging";
import { useUpload } from "../../hooks/useUpload";
import { TabState } from "./TabState";
import { asProject, useProjectTab, type TabProps } from "./useProjectTab";

const ProjectUpdatesQuery = graphql(`
  query ProjectUpdates($id: ID!, $first: Int, $after: String) {
    node(id: $id) {
      __typename
      ... on Project {
        id
        percentComplete
        allowedWork
        updates(first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              id
              text
              percentComplete
              authorName
              createdAt
              photos {
                id
                url
                mimeType
                originalName
              }
            }
          }
        }
      }
    }
  }
`);

export function UpdatesPanel({ projectId }: TabProps) {
  const { t, i18n } = useTranslation("projects");
  const [posting, setPosting] = useState(false);
  const pager = useCursorPaging(projectId);
  const { data, fetching, error } = useProjectTab(ProjectUpdatesQuery, { id: projectId, ...pager.variables });
  const p = asProject(data?.node);
  if (!p) return <TabState fetching={fetching} error={error} />;
  const updates = p.updates.edges.map((e) => e.node);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={4}>{t("updates.title", { count: p.updates.totalCount })}</Title>
        {p.allowedWork.includes("POST_UPDATE") && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setPosting(true)}>
            {t("updates.post")}
          </Button>
        )}
      </Group>
      {updates.length === 0 && (
        <Text c="dimmed" size="sm">
          {t("updates.none")}
        </Text>
      )}
      {updates.map((u) => (
        <Paper key={u.id} withBorder p="md" data-testid="project-update">
          <Group justify="space-between" mb="xs">
            <Text size="xs" c="dimmed">
              {[u.authorName, formatDateTime(u.createdAt, i18n.language)].join(" · ")}
            </Text>
            <Group gap={6}>
              <Progress value={u.percentComplete} w={100} aria-label={t("overview.percent")} />
              <Text size="sm" fw={500}>
                {u.percentComplete}%
              </Text>
            </Group>
          </Group>
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
            {u.text}
          </Text>
          {u.photos.length > 0 && (
            <SimpleGrid cols={{ base: 2, sm: 4, md: 6 }} mt="sm">
              {u.photos.map((photo) => (
                <Card key={photo.id} p={0} withBorder component="a" href={photo.url} target="_blank" rel="noreferrer">
                  <Image src={photo.url} alt={photo.originalName ?? t("updates.photo")} h={100} fit="cover" />
                </Card>
              ))}
            </SimpleGrid>
          )}
        </Paper>
      ))}
      <Pager pager={pager} pageInfo={p.updates.pageInfo} totalCount={p.updates.totalCount} />
      {posting && <PostUpdateModal projectId={p.id} percent={p.percentComplete} onClose={() => setPosting(false)} />}
    </Stack>
  );
}

function PostUpdateModal({ projectId, percent, onClose }: { projectId: string; percent: number; onClose: () => void }) {
  const { t } = useTranslation("projects");
  const [post, posting] = usePostUpdate();
  const [upload, uploading] = useUpload(projectId);
  const form = useForm({
    initialValues: { text: "", percentComplete: percent as number | string, photos: [] as File[] },
    validate: {
      text: (v) => (v.trim() ? null : t("form.required")),
      percentComplete: (v) => (v === "" || Number(v) < 0 || Number(v) > 100 ? t("updates.percentInvalid") : null),
      photos: (files) => {
        if (files.length > 9) return t("updates.tooManyPhotos");
        for (const f of files) {
          const problem = uploadProblem("PHOTO", f);
          if (problem) return t(`files.${problem}`, { name: f.name, mb: LIMITS.PHOTO.maxBytes / 1024 / 1024 });
        }
        return null;
      },
    },
  });
  const submit = form.onSubmit(async (v) => {
    const photoIds = await upload("PHOTO", v.photos, (message) => form.setFieldError("photos", message));
    if (!photoIds) return;
    const done = await post({ input: { projectId, text: v.text.trim(), percentComplete: Number(v.percentComplete), photoIds } }, { form, success: t("updates.posted") });
    if (done) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("updates.post")} onSubmit={submit} submitting={posting || uploading} submitLabel={t("updates.submit")}>
      <Textarea label={t("updates.text")} withAsterisk autosize minRows={3} {...form.getInputProps("text")} />
      <NumberInput label={t("updates.percent")} min={0} max={100} suffix="%" allowDecimal={false} withAsterisk {...form.getInputProps("percentComplete")} />
      <FileInput
        label={t("updates.photos")}
        description={t("updates.photosHint")}
        placeholder={t("updates.choosePhotos")}
        leftSection={<IconPhoto size={16} />}
        multiple
        clearable
        accept={LIMITS.PHOTO.types.join(",")}
        {...form.getInputProps("photos")}
      />
    </FormModal>
  );
}
