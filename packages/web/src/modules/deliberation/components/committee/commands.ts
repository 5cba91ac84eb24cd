// The committee screens' commands: create the committee and change its settings, seat and unseat
// members, draft, adopt and publish charter versions, add terms, keep the consultation catalog.
// Each payload selects the fragments of the components that show what it changed.
import { graphql } from "@gongzhi/schema";
import { UserErrorFields } from "../../../../lib/userError";
import { CharterFields, CommitteeChartersFields } from "./ChartersPanel";
import { ClauseFields } from "./ClausesPanel";
import { CommitteeSummaryFields } from "./CommitteeSummaryCard";
import { MemberFields } from "./MembersPanel";
import { CommitteeTermsFields } from "./TermsPanel";

export const CreateCommitteeMutation = graphql(
  `
    mutation CreateDeliberationCommittee($input: CreateDeliberationCommitteeInput!) {
      createDeliberationCommittee(input: $input) {
        __typename
        ... on MutationCreateDeliberationCommitteeSuccess {
          data {
            id
            name
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [UserErrorFields],
);

export const UpdateCommitteeMutation = graphql(
  `
    mutation UpdateDeliberationCommittee($id: ID!, $input: UpdateDeliberationCommitteeInput!) {
      updateDeliberationCommittee(id: $id, input: $input) {
        __typename
        ... on MutationUpdateDeliberationCommitteeSuccess {
          data {
            id
            ...CommitteeSummaryFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [CommitteeSummaryFields, UserErrorFields],
);

export const AddMemberMutation = graphql(
  `
    mutation AddCommitteeMember($input: AddCommitteeMemberInput!) {
      addCommitteeMember(input: $input) {
        __typename
        ... on MutationAddCommitteeMemberSuccess {
          data {
            id
            term {
              id
              memberCount
            }
            committee {
              id
              ...CommitteeSummaryFields
            }
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [CommitteeSummaryFields, UserErrorFields],
);

export const EndMembershipMutation = graphql(
  `
    mutation EndCommitteeMembership($id: ID!, $input: EndCommitteeMembershipInput!) {
      endCommitteeMembership(id: $id, input: $input) {
        __typename
        ... on MutationEndCommitteeMembershipSuccess {
          data {
            id
            ...MemberFields
            committee {
              id
              seatSummary {
                seat
                count
              }
            }
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [MemberFields, UserErrorFields],
);

export const DraftCharterMutation = graphql(
  `
    mutation DraftCharter($input: DraftCharterInput!) {
      draftCharter(input: $input) {
        __typename
        ... on MutationDraftCharterSuccess {
          data {
            id
            committee {
              id
              ...CommitteeChartersFields
            }
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [CommitteeChartersFields, UserErrorFields],
);

export const UpdateCharterDraftMutation = graphql(
  `
    mutation UpdateCharterDraft($id: ID!, $input: UpdateCharterDraftInput!) {
      updateCharterDraft(id: $id, input: $input) {
        __typename
        ... on MutationUpdateCharterDraftSuccess {
          data {
            id
            ...CharterFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [CharterFields, UserErrorFields],
);

export const AdoptCharterMutation = graphql(
  `
    mutation AdoptCharter($id: ID!, $input: AdoptCharterInput!) {
      adoptCharter(id: $id, input: $input) {
        __typename
        ... on MutationAdoptCharterSuccess {
          data {
            id
            committee {
              id
              ...CommitteeChartersFields
              ...CommitteeSummaryFields
            }
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [CommitteeChartersFields, CommitteeSummaryFields, UserErrorFields],
);

export const PublishCharterMutation = graphql(
  `
    mutation PublishCharter($input: PublishCharterInput!) {
      publishCharter(input: $input) {
        __typename
        ... on MutationPublishCharterSuccess {
          data {
            id
            title
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [UserErrorFields],
);

export const CreateTermMutation = graphql(
  `
    mutation CreateCommitteeTerm($input: CreateCommitteeTermInput!) {
      createCommitteeTerm(input: $input) {
        __typename
        ... on MutationCreateCommitteeTermSuccess {
          data {
            id
            committee {
              id
              ...CommitteeTermsFields
              ...CommitteeSummaryFields
            }
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [CommitteeTermsFields, CommitteeSummaryFields, UserErrorFields],
);

export const AddClauseMutation = graphql(
  `
    mutation AddConsultationClause($input: AddConsultationClauseInput!) {
      addConsultationClause(input: $input) {
        __typename
        ... on MutationAddConsultationClauseSuccess {
          data {
            id
            ...ClauseFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [ClauseFields, UserErrorFields],
);

export const UpdateClauseMutation = graphql(
  `
    mutation UpdateConsultationClause($id: ID!, $input: UpdateConsultationClauseInput!) {
      updateConsultationClause(id: $id, input: $input) {
        __typename
        ... on MutationUpdateConsultationClauseSuccess {
          data {
            id
            ...ClauseFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [ClauseFields, UserErrorFields],
);
