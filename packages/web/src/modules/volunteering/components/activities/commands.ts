// The activities' commands. Each selects what it changes (the activity's header and counters, the
// sign-up's rows in both tables), so the page shows the new state without a refetch; lists that
// gain or lose a row are invalidated in cache.ts.
import { graphql } from "@gongzhi/schema";
import { UserErrorFields } from "../../../../lib/userError";
import { ActivityHeaderFields } from "./ActivityHeader";
import { HoursRowFields } from "./HoursTable";
import { SignUpRowFields } from "./SignUpsTable";

/** What a sign-up, attendance or hours command changes on its activity: the counts and the steps they allow. */
const ActivityCountsFields = graphql(`
  fragment ActivityCountsFields on VolunteerActivity @_unmask {
    id
    confirmedCount
    waitlistCount
    checkedInCount
    pendingHoursCount
    placesLeft
    allowedSteps
  }
`);

export const CreateActivityMutation = graphql(
  `
    mutation CreateVolunteerActivity($input: CreateVolunteerActivityInput!) {
      createVolunteerActivity(input: $input) {
        __typename
        ... on MutationCreateVolunteerActivitySuccess {
          data {
            id
            ...ActivityHeaderFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [ActivityHeaderFields, UserErrorFields],
);

export const UpdateActivityMutation = graphql(
  `
    mutation UpdateVolunteerActivity($id: ID!, $input: UpdateVolunteerActivityInput!) {
      updateVolunteerActivity(id: $id, input: $input) {
        __typename
        ... on MutationUpdateVolunteerActivitySuccess {
          data {
            id
            ...ActivityHeaderFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [ActivityHeaderFields, UserErrorFields],
);

export const PublishActivityMutation = graphql(
  `
    mutation PublishVolunteerActivity($id: ID!) {
      publishVolunteerActivity(id: $id) {
        __typename
        ... on MutationPublishVolunteerActivitySuccess {
          data {
            id
            ...ActivityHeaderFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [ActivityHeaderFields, UserErrorFields],
);

export const CancelActivityMutation = graphql(
  `
    mutation CancelVolunteerActivity($id: ID!, $input: VolunteerReasonInput!) {
      cancelVolunteerActivity(id: $id, input: $input) {
        __typename
        ... on MutationCancelVolunteerActivitySuccess {
          data {
            id
            ...ActivityHeaderFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [ActivityHeaderFields, UserErrorFields],
);

export const ResetCodeMutation = graphql(
  `
    mutation ResetVolunteerActivityCheckInCode($id: ID!) {
      resetVolunteerActivityCheckInCode(id: $id) {
        __typename
        ... on MutationResetVolunteerActivityCheckInCodeSuccess {
          data {
            id
            checkInCode
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [UserErrorFields],
);


export const SignUpMutation = graphql(
  `
    mutation SignUpForVolunteerActivity($input: SignUpForVolunteerActivityInput!) {
      signUpForVolunteerActivity(input: $input) {
        __typename
        ... on MutationSignUpForVolunteerActivitySuccess {
          data {
            id
            ...SignUpRowFields
            ...HoursRowFields
            activity {
              ...ActivityCountsFields
            }
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [ActivityCountsFields, SignUpRowFields, HoursRowFields, UserErrorFields],
);

export const CancelSignUpMutation = graphql(
  `
    mutation CancelVolunteerSignUp($id: ID!, $input: VolunteerOptionalReasonInput) {
      cancelVolunteerSignUp(id: $id, input: $input) {
        __typename
        ... on MutationCancelVolunteerSignUpSuccess {
          data {
            id
            ...SignUpRowFields
            ...HoursRowFields
            activity {
              ...ActivityCountsFields
            }
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [ActivityCountsFields, SignUpRowFields, HoursRowFields, UserErrorFields],
);

export const CheckInMutation = graphql(
  `
    mutation RecordVolunteerCheckIn($input: RecordVolunteerCheckInput!) {
      recordVolunteerCheckIn(input: $input) {
        __typename
        ... on MutationRecordVolunteerCheckInSuccess {
          data {
            id
            ...SignUpRowFields
            ...HoursRowFields
            activity {
              ...ActivityCountsFields
            }
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [ActivityCountsFields, SignUpRowFields, HoursRowFields, UserErrorFields],
);

export const CheckOutMutation = graphql(
  `
    mutation RecordVolunteerCheckOut($input: RecordVolunteerCheckInput!) {
      recordVolunteerCheckOut(input: $input) {
        __typename
        ... on MutationRecordVolunteerCheckOutSuccess {
          data {
            id
            ...SignUpRowFields
            ...HoursRowFields
            activity {
              ...ActivityCountsFields
            }
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [ActivityCountsFields, SignUpRowFields, HoursRowFields, UserErrorFields],
);

export const ApproveHoursMutation = graphql(
  `
    mutation ApproveVolunteerHours($id: ID!, $input: VerifyVolunteerHoursInput) {
      approveVolunteerHours(id: $id, input: $input) {
        __typename
        ... on MutationApproveVolunteerHoursSuccess {
          data {
            id
            ...SignUpRowFields
            ...HoursRowFields
            pointsEntry {
              id
              account {
                id
                balance
                awarded
              }
            }
            activity {
              ...ActivityCountsFields
            }
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [ActivityCountsFields, SignUpRowFields, HoursRowFields, UserErrorFields],
);

export const AdjustHoursMutation = graphql(
  `
    mutation AdjustVolunteerHours($id: ID!, $input: AdjustVolunteerHoursInput!) {
      adjustVolunteerHours(id: $id, input: $input) {
        __typename
        ... on MutationAdjustVolunteerHoursSuccess {
          data {
            id
            ...SignUpRowFields
            ...HoursRowFields
            pointsEntry {
              id
              account {
                id
                balance
                awarded
              }
            }
            activity {
              ...ActivityCountsFields
            }
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [ActivityCountsFields, SignUpRowFields, HoursRowFields, UserErrorFields],
);

export const RejectHoursMutation = graphql(
  `
    mutation RejectVolunteerHours($id: ID!, $input: VolunteerReasonInput!) {
      rejectVolunteerHours(id: $id, input: $input) {
        __typename
        ... on MutationRejectVolunteerHoursSuccess {
          data {
            id
            ...SignUpRowFields
            ...HoursRowFields
            activity {
              ...ActivityCountsFields
            }
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [ActivityCountsFields, SignUpRowFields, HoursRowFields, UserErrorFields],
);

export const BulkApproveMutation = graphql(
  `
    mutation BulkApproveVolunteerHours($input: BulkApproveVolunteerHoursInput!) {
      bulkApproveVolunteerHours(input: $input) {
        __typename
        ... on MutationBulkApproveVolunteerHoursSuccess {
          data {
            approvedCount
            approved {
              id
              ...SignUpRowFields
              ...HoursRowFields
              pointsEntry {
                id
                account {
                  id
                }
              }
              activity {
                ...ActivityCountsFields
              }
            }
            skipped {
              reason
              signUp {
                id
                volunteerName
              }
            }
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [ActivityCountsFields, SignUpRowFields, HoursRowFields, UserErrorFields],
);
