// The money forms: 添加预算科目 (a funding source and an amount), 登记支出 (against a budget line,
// with the receipt; warns before a line is overspent), 冲销 (a reversing correction, with the reason).
import { Alert, FileInput, NumberInput, Select, SimpleGrid, Text, TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconAlertTriangle, IconReceipt } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { orNull } from "../../../../lib/format";
import { FormModal } from "../../../../ui/FormModal";
import { useAddBudgetLine, useRecordExpense, useReverseExpense } from "./moneyCommands";
import { chinaDay, isDay } from "../../../../lib/dates";
import { SOURCES, useEnumOptions } from "../../enums";
import { LIMITS, uploadProblem } from "../../files";
import { useUpload } from "../../hooks/useUpload";
import { formatFen, yuanAmountOk, yuanToFen } from "../../money";

export function AddBudgetLineModal({ projectId, onClose }: { projectId: string; onClose: () => void }) {
  const { t } = useTranslation("projects");
  const enumOptions = useEnumOptions();
  const [run, running] = useAddBudgetLine();
  const form = useForm({
    initialValues: { source: "FISCAL" as (typeof SOURCES)[number], name: "", amountFen: "" as number | string, note: "" },
    validate: {
      name: (v) => (v.trim() ? null : t("form.required")),
      amountFen: (v) => (yuanAmountOk(v) ? null : t("form.amountInvalid")),
    },
  });
  const submit = form.onSubmit(async (v) => {
    const input = { projectId, source: v.source, name: v.name.trim(), amountFen: yuanToFen(v.amountFen)!, note: orNull(v.note) };
    if (await run({ input }, { form, success: t("budget.lineAdded") })) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("budget.addLine")} onSubmit={submit} submitting={running} size="md">
      <SimpleGrid cols={2}>
        <Select label={t("budget.source")} data={enumOptions("FundingSource", SOURCES)} allowDeselect={false} withAsterisk {...form.getInputProps("source")} />
        <TextInput label={t("budget.lineName")} placeholder={t("budget.lineNamePlaceholder")} withAsterisk {...form.getInputProps("name")} />
      </SimpleGrid>
      <NumberInput label={t("budget.amountYuan")} min={0} decimalScale={2} thousandSeparator="," prefix="¥" withAsterisk {...form.getInputProps("amountFen")} />
      <Textarea label={t("budget.note")} autosize minRows={2} {...form.getInputProps("note")} />
    </FormModal>
  );
}

export interface LineOption {
  id: string;
  name: string;
  remainingFen: number;
}

export function RecordExpenseModal({ projectId, lines, onClose }: { projectId: string; lines: readonly LineOption[]; onClose: () => void }) {
  const { t } = useTranslation("projects");
  const [run, running] = useRecordExpense();
  const [upload, uploading] = useUpload(projectId);
  const form = useForm({
    initialValues: { budgetLineId: lines[0]?.id ?? (null as string | null), spentOn: chinaDay(), payee: "", amountFen: "" as number | string, description: "", receipt: null as File | null },
    validate: {
      budgetLineId: (v) => (v ? null : t("form.required")),
      spentOn: (v) => (!isDay(v) ? t("form.dayRequired") : v > chinaDay() ? t("form.dayFuture") : null),
      payee: (v) => (v.trim() ? null : t("form.required")),
      amountFen: (v) => (yuanAmountOk(v, true) ? null : t("form.amountPositive")),
      description: (v) => (v.trim() ? null : t("form.required")),
      receipt: (f) => {
        const problem = f && uploadProblem("RECEIPT", f);
        return problem ? t(`files.${problem}`, { name: f.name, mb: LIMITS.RECEIPT.maxBytes / 1024 / 1024 }) : null;
      },
    },
  });
  const line = lines.find((l) => l.id === form.values.budgetLineId);
  const fen = yuanToFen(form.values.amountFen);
  const over = line && fen != null && fen > line.remainingFen ? fen - line.remainingFen : 0;
  const submit = form.onSubmit(async (v) => {
    let receiptFileId: string | null = null;
    if (v.receipt) {
      const ids = await upload("RECEIPT", [v.receipt], (message) => form.setFieldError("receipt", message));
      if (!ids) return;
      receiptFileId = ids[0]!;
    }
    const input = { projectId, budgetLineId: v.budgetLineId!, spentOn: v.spentOn, payee: v.payee.trim(), amountFen: yuanToFen(v.amountFen)!, description: v.description.trim(), receiptFileId };
    if (await run({ input }, { form, success: t("budget.expenseRecorded") })) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("budget.recordExpense")} onSubmit={submit} submitting={running || uploading} submitLabel={t("budget.recordSubmit")}>
      <SimpleGrid cols={2}>
        <Select
          label={t("budget.line")}
          data={lines.map((l) => ({ value: l.id, label: t("budget.lineOption", { name: l.name, remaining: formatFen(l.remainingFen) }) }))}
          allowDeselect={false}
          withAsterisk
          {...form.getInputProps("budgetLineId")}
        />
        <TextInput type="date" label={t("budget.spentOn")} withAsterisk {...form.getInputProps("spentOn")} />
      </SimpleGrid>
      <SimpleGrid cols={2}>
        <TextInput label={t("budget.payee")} withAsterisk {...form.getInputProps("payee")} />
        <NumberInput label={t("budget.amountYuan")} min={0} decimalScale={2} thousandSeparator="," prefix="¥" withAsterisk {...form.getInputProps("amountFen")} />
      </SimpleGrid>
      {over > 0 && (
        <Alert color="red" icon={<IconAlertTriangle size={18} />} title={t("budget.willOverspend")} data-testid="overspend-warning">
          {t("budget.willOverspendText", { line: line!.name, remaining: formatFen(line!.remainingFen), over: formatFen(over) })}
        </Alert>
      )}
      <Textarea label={t("budget.description")} withAsterisk autosize minRows={2} {...form.getInputProps("description")} />
      <FileInput label={t("budget.receipt")} description={t("budget.receiptHint")} placeholder={t("budget.chooseReceipt")} leftSection={<IconReceipt size={16} />} clearable accept={LIMITS.RECEIPT.types.join(",")} {...form.getInputProps("receipt")} />
    </FormModal>
  );
}

export function ReverseExpenseModal({ expense, onClose }: { expense: { id: string; description: string; amountFen: number }; onClose: () => void }) {
  const { t } = useTranslation("projects");
  const [run, running] = useReverseExpense();
  const form = useForm({ initialValues: { reason: "" }, validate: { reason: (v) => (v.trim() ? null : t("form.required")) } });
  const submit = form.onSubmit(async (v) => {
    if (await run({ id: expense.id, input: { reason: v.reason.trim() } }, { form, success: t("budget.reversed") })) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("budget.reverseTitle")} onSubmit={submit} submitting={running} submitLabel={t("budget.reverseSubmit")} size="md">
      <Text size="sm">{t("budget.reverseHint", { description: expense.description, amount: formatFen(expense.amountFen) })}</Text>
      <Textarea label={t("budget.reverseReason")} withAsterisk autosize minRows={2} {...form.getInputProps("reason")} />
    </FormModal>
  );
}
