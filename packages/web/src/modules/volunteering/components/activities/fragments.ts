// What the activity screens select: the calendar's row, the activity page's header, its sign-ups.
import { graphql } from "@gongzhi/schema";

export const ActivityRowFields = graphql(`
  fragment ActivityRowFields on VolunteerActivity @_unmask {
    id
    title
    status
    phase
    startsAt
    endsAt
    place
    capacity
    confirmedCount
    waitlistCount
    checkedInCount
    pendingHoursCount
    placesLeft
    requiredSkills
    team {
      id
      name
    }
    pointsRule {
      id
      name
      kind
      points
    }
  }
`);

export const ActivityHeaderFields = graphql(
  `
    fragment ActivityHeaderFields on VolunteerActivity @_unmask {
      id
      ...ActivityRowFields
      description
      checkInCode
      publishedAt
      cancelledAt
      cancelReason
      allowedSteps
      grid {
        id
        name
      }
      community {
        id
      }
    }
  `,
  [ActivityRowFields],
);

export const SignUpFields = graphql(`
  fragment SignUpFields on VolunteerSignUp @_unmask {
    id
    volunteerName
    status
    waitlistPosition
    signedUpAt
    promotedAt
    cancelledAt
    checkedInAt
    checkInMethod
    checkedOutAt
    checkOutMethod
    minutes
    hoursStatus
    verifiedMinutes
    verifyNote
    verifiedByName
    verifiedAt
    pointsAwarded
    allowedSteps
  }
`);

/** What changes on the activity when a sign-up changes: counters and the list. */
export const ActivityCountsFields = graphql(`
  fragment ActivityCountsFields on VolunteerActivity @_unmask {
    id
    confirmedCount
    waitlistCount
    checkedInCount
    pendingHoursCount
    placesLeft
  }
`);
