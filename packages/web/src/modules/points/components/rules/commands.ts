// The rules page's commands: add or change a rule, change the settings. Each payload spreads the
// row or card it changes, so graphcache updates it; a new rule is added to the list in cache.ts.
import { graphql } from "@gongzhi/schema";
import { UserErrorFields } from "../../../../lib/userError";
import { RuleRowFields } from "./RulesTable";
import { PointsSettingsFields } from "./SettingsCard";

export const CreateRuleMutation = graphql(
  `
    mutation CreatePointsRule($input: CreatePointsRuleInput!) {
      createPointsRule(input: $input) {
        __typename
        ... on MutationCreatePointsRuleSuccess {
          data {
            id
            ...RuleRowFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [RuleRowFields, UserErrorFields],
);

export const UpdateRuleMutation = graphql(
  `
    mutation UpdatePointsRule($id: ID!, $input: UpdatePointsRuleInput!) {
      updatePointsRule(id: $id, input: $input) {
        __typename
        ... on MutationUpdatePointsRuleSuccess {
          data {
            id
            ...RuleRowFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [RuleRowFields, UserErrorFields],
);

export const UpdateSettingsMutation = graphql(
  `
    mutation UpdatePointsSettings($input: UpdatePointsSettingsInput!) {
      updatePointsSettings(input: $input) {
        __typename
        ... on MutationUpdatePointsSettingsSuccess {
          data {
            ...PointsSettingsFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [PointsSettingsFields, UserErrorFields],
);
