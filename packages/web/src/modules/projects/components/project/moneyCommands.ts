// Money: budget lines and expenses (an expense is reversed, never changed).
import { graphql } from "@gongzhi/schema";
import { useCommand } from "../../../../lib/useCommand";
import { UserErrorFields } from "../../../../lib/userError";

const AddBudgetLine = graphql(
  `
    mutation AddProjectBudgetLine($input: AddProjectBudgetLineInput!) {
      addProjectBudgetLine(input: $input) {
        __typename
        ... on MutationAddProjectBudgetLineSuccess {
          data {
            id
            name
            amountFen
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [UserErrorFields],
);
export const useAddBudgetLine = () => useCommand(AddBudgetLine, (d) => d.addProjectBudgetLine);

const RecordExpense = graphql(
  `
    mutation RecordProjectExpense($input: RecordProjectExpenseInput!) {
      recordProjectExpense(input: $input) {
        __typename
        ... on MutationRecordProjectExpenseSuccess {
          data {
            id
            amountFen
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [UserErrorFields],
);
export const useRecordExpense = () => useCommand(RecordExpense, (d) => d.recordProjectExpense);

const ReverseExpense = graphql(
  `
    mutation ReverseProjectExpense($id: ID!, $input: ReverseProjectExpenseInput!) {
      reverseProjectExpense(id: $id, input: $input) {
        __typename
        ... on MutationReverseProjectExpenseSuccess {
          data {
            id
            amountFen
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [UserErrorFields],
);
export const useReverseExpense = () => useCommand(ReverseExpense, (d) => d.reverseProjectExpense);
