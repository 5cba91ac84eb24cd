// The project fragments: a row of the lists (my projects, the project list), the project page's
// head and overview (what lifecycle steps return), and the tabs without paged lists. The paged
// lists (timeline, updates, expenses) are selected by their tab's query (queries.ts) with paging
// variables.
import { graphql } from "@gongzhi/schema";

export const ProjectRowFields = graphql(`
  fragment ProjectRowFields on Project {
    id
    title
    status
    origin
    percentComplete
    hasOverdue
    overdueMilestoneCount
    leadName
    beneficiaryTotal
    type {
      id
      name
    }
    community {
      id
      name
    }
    nextMilestone {
      id
      title
      plannedEndOn
      overdue
    }
    budget {
      budgetFen
      spentFen
      burnRate
      warning
    }
  }
`);

export const ProjectOverviewFields = graphql(`
  fragment ProjectOverviewFields on Project {
    id
    title
    description
    status
    origin
    requestText
    requester {
      id
      name
    }
    topic {
      id
      title
    }
    leadId
    leadName
    viewerIsLead
    organization {
      id
      name
    }
    type {
      id
      name
    }
    community {
      id
      name
    }
    grids {
      id
      name
    }
    wholeCommunity
    plannedStartOn
    plannedEndOn
    createdAt
    approvedAt
    approvedByName
    approvalNote
    startedAt
    completedAt
    completionSummary
    cancelledAt
    cancelReason
    percentComplete
    isPublic
    hasOverdue
    overdueMilestoneCount
    internalNote
    allowedSteps
    beneficiaryTotal
    volunteerService {
      activityCount
      volunteerCount
      verifiedMinutes
    }
    volunteerActivities {
      id
      title
      startsAt
    }
    nextMilestone {
      id
      title
      plannedEndOn
      overdue
    }
    budget {
      budgetFen
      spentFen
      remainingFen
      burnRate
      warning
      overspent
      receivedSponsorshipFen
    }
  }
`);

export const ProjectPlanFields = graphql(`
  fragment ProjectPlanFields on Project {
    id
    status
    plannedStartOn
    plannedEndOn
    milestones {
      id
      title
      description
      plannedStartOn
      plannedEndOn
      completedOn
      completionNote
      reached
      overdue
      daysLate
    }
    tasks {
      id
      title
      ownerName
      dueOn
      status
      overdue
      doneAt
      milestone {
        id
        title
      }
    }
  }
`);

export const ProjectSponsorsFields = graphql(`
  fragment ProjectSponsorsFields on Project {
    id
    status
    sponsorships {
      id
      kind
      sponsorName
      sponsorType
      pledgedFen
      pledgedOn
      inKind
      receivedFen
      receivedOn
      status
      note
      withdrawReason
      need {
        id
        title
      }
    }
    needs {
      id
      title
      status
    }
  }
`);

export const ProjectBeneficiariesFields = graphql(`
  fragment ProjectBeneficiariesFields on Project {
    id
    status
    beneficiaryTotal
    beneficiaries {
      group
      count
      note
    }
  }
`);

export const ProjectEvaluationFields = graphql(`
  fragment ProjectEvaluationFields on Project {
    id
    status
    completionSummary
    committeeScore
    committeeComment
    evaluatedAt
    evaluatedByName
    satisfaction {
      averageScore
      responseCount
      distribution {
        score
        count
      }
    }
    surveyResponses {
      id
      score
      comment
      residentName
      throughApp
      createdAt
    }
  }
`);
