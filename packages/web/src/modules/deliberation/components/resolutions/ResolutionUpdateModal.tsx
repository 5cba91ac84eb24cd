// Report implementation progress: a note, optionally moving the status forward (待实施 → 实施中 → 已完成).
import { Select, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { useCommand } from "../../../../lib/useCommand";
import { FormModal } from "../../../../ui/FormModal";
import { useEnumOptions } from "../../enums";
import { AddResolutionUpdateMutation } from "./commands";

const ORDER = ["PLANNED", "IN_PROGRESS", "DONE"] as const;
type Status = (typeof ORDER)[number];
type Step = "UPDATE" | "START" | "COMPLETE";

export function ResolutionUpdateModal({ resolution, onClose }: { resolution: { id: string; status: Status; allowedSteps: readonly Step[] }; onClose: () => void }) {
  const { t } = useTranslation("deliberation");
  const options = useEnumOptions();
  // The statuses an update may leave it in: as it is (UPDATE), IN_PROGRESS (START), DONE (COMPLETE).
  const target: Record<Step, Status> = { UPDATE: resolution.status, START: "IN_PROGRESS", COMPLETE: "DONE" };
  const reachable = new Set(resolution.allowedSteps.map((s) => target[s]));
  const forward = ORDER.filter((s) => reachable.has(s));
  const form = useForm({
    initialValues: { status: resolution.status as string, note: "" },
    validate: { note: (v) => (v.trim() ? null : t("form.required")) },
  });
  const [add, adding] = useCommand(AddResolutionUpdateMutation, (d) => d.addResolutionUpdate);
  const submit = form.onSubmit(async (v) => {
    const status = v.status === resolution.status ? null : (v.status as Status);
    if (await add({ input: { resolutionId: resolution.id, status, note: v.note.trim() } }, { form, success: t("resolutions.updated") })) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("resolutions.addUpdate")} onSubmit={submit} submitting={adding} size="md">
      <Select label={t("resolutions.status")} allowDeselect={false} data={options("ResolutionStatus", forward)} {...form.getInputProps("status")} />
      <Textarea label={t("resolutions.note")} withAsterisk autosize minRows={3} {...form.getInputProps("note")} />
    </FormModal>
  );
}
