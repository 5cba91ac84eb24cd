// 惠及人数: record the beneficiaries by group (the overview's total changes too).
import { graphql } from "@gongzhi/schema";
import { useCommand } from "../../../../lib/useCommand";
import { UserErrorFields } from "../../../../lib/userError";
import { ProjectOverviewFields } from "./OverviewPanel";
import { ProjectBeneficiariesFields } from "./BeneficiariesCard";

export const SetBeneficiaries = graphql(
  `
    mutation SetProjectBeneficiaries($input: SetProjectBeneficiariesInput!) {
      setProjectBeneficiaries(input: $input) {
        __typename
        ... on MutationSetProjectBeneficiariesSuccess {
          data {
            id
            ...ProjectOverviewFields
            ...ProjectBeneficiariesFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [ProjectOverviewFields, ProjectBeneficiariesFields, UserErrorFields],
);
export const useSetBeneficiaries = () => useCommand(SetBeneficiaries, (d) => d.setProjectBeneficiaries);
