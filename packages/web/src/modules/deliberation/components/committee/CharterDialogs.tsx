// The charters panel's forms: draft a version, edit or adopt a draft, publish a version (公示).
// The page hands them to ChartersPanel (their commands refresh it).
import { useTranslation } from "react-i18next";
import { useCommand } from "../../../../lib/useCommand";
import { PeriodModal } from "../../../notices/components/PeriodModal";
import { AdoptCharterModal } from "./AdoptCharterModal";
import { CharterFormModal } from "./CharterFormModal";
import type { CharterDialog } from "./ChartersPanel";
import { PublishCharterMutation } from "./commands";

interface Props {
  committeeId: string;
  dialog: CharterDialog;
  /** Called with the id of the version a new draft saved. */
  onSaved: (id: string) => void;
  onClose: () => void;
}

export function CharterDialogs({ committeeId, dialog, onSaved, onClose }: Props) {
  const { t } = useTranslation("deliberation");
  const [publish, publishing] = useCommand(PublishCharterMutation, (d) => d.publishCharter);
  switch (dialog.kind) {
    case "draft":
      return <CharterFormModal committeeId={committeeId} from={dialog.from} onSaved={onSaved} onClose={onClose} />;
    case "edit":
      return <CharterFormModal committeeId={committeeId} charter={dialog.charter} onClose={onClose} />;
    case "adopt":
      return <AdoptCharterModal charter={dialog.charter} onClose={onClose} />;
    case "publish":
      return (
        <PeriodModal
          title={t("charters.publish")}
          description={t("charters.publishHint", { title: dialog.charter.title, version: dialog.charter.version })}
          submitting={publishing}
          onClose={onClose}
          onSubmit={(periodDays, form) => publish({ input: { charterId: dialog.charter.id, periodDays } }, { form, success: t("notices.published") })}
        />
      );
  }
}
