// The project page's queries: the head and overview, and one per tab (loaded when the tab opens).
// Paged lists take their page size as a variable, as every list of the SPA does.
import { graphql } from "@gongzhi/schema";
import { ProjectBeneficiariesFields, ProjectEvaluationFields, ProjectOverviewFields, ProjectPlanFields, ProjectSponsorsFields } from "./fragments";

export const ProjectQuery = graphql(
  `
    query Project($id: ID!) {
      node(id: $id) {
        __typename
        ... on Project {
          id
          ...ProjectOverviewFields
        }
      }
    }
  `,
  [ProjectOverviewFields],
);

export const ProjectTimelineQuery = graphql(`
  query ProjectTimeline($id: ID!, $first: Int, $after: String) {
    node(id: $id) {
      __typename
      ... on Project {
        id
        timeline(first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              id
              kind
              summary
              note
              actorName
              fromStatus
              toStatus
              createdAt
            }
          }
        }
      }
    }
  }
`);

export const ProjectPlanQuery = graphql(
  `
    query ProjectPlan($id: ID!) {
      node(id: $id) {
        __typename
        ... on Project {
          id
          ...ProjectPlanFields
        }
      }
    }
  `,
  [ProjectPlanFields],
);

export const ProjectUpdatesQuery = graphql(`
  query ProjectUpdates($id: ID!, $first: Int, $after: String) {
    node(id: $id) {
      __typename
      ... on Project {
        id
        percentComplete
        updates(first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              id
              text
              percentComplete
              authorName
              createdAt
              photos {
                id
                url
                mimeType
                originalName
              }
            }
          }
        }
      }
    }
  }
`);

export const ProjectMoneyQuery = graphql(`
  query ProjectMoney($id: ID!, $first: Int, $after: String) {
    node(id: $id) {
      __typename
      ... on Project {
        id
        budget {
          budgetFen
          spentFen
          remainingFen
          burnRate
          warning
          overspent
          receivedSponsorshipFen
        }
        budgetLines {
          id
          name
          source
          amountFen
          spentFen
          remainingFen
          burnRate
          warning
          note
        }
        expenses(first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              id
              amountFen
              description
              payee
              spentOn
              isReversal
              recordedByName
              budgetLine {
                id
                name
              }
              receipt {
                id
                url
                originalName
              }
              reversedBy {
                id
              }
            }
          }
        }
      }
    }
  }
`);

export const ProjectSponsorsQuery = graphql(
  `
    query ProjectSponsors($id: ID!) {
      node(id: $id) {
        __typename
        ... on Project {
          id
          ...ProjectSponsorsFields
        }
      }
    }
  `,
  [ProjectSponsorsFields],
);

export const ProjectBeneficiariesQuery = graphql(
  `
    query ProjectBeneficiaries($id: ID!) {
      node(id: $id) {
        __typename
        ... on Project {
          id
          ...ProjectBeneficiariesFields
        }
      }
    }
  `,
  [ProjectBeneficiariesFields],
);

export const ProjectEvaluationQuery = graphql(
  `
    query ProjectEvaluation($id: ID!) {
      node(id: $id) {
        __typename
        ... on Project {
          id
          ...ProjectEvaluationFields
        }
      }
    }
  `,
  [ProjectEvaluationFields],
);
