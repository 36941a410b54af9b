// A .tsx file so that graph.TestWebInterfaceQueriesWithinLimits, which reads every .tsx, checks these operations too.
// The review screen's GraphQL operations (issue 18). Facts are read per
// type through entgql's lists, a page of 100 at a time until the last.
import { graphql } from "../../gql";

export const ReviewNotices = graphql(`
  query ReviewNotices {
    reviewNotices {
      unreviewed
      notice {
        id
        title
        organization {
          name
        }
      }
    }
  }
`);

export const ReviewNoticeText = graphql(`
  query ReviewNoticeText($id: ID!) {
    node(id: $id) {
      __typename
      ... on PolicyDocument {
        id
        title
        lastUpdated
        text
        organization {
          id
          key
          name
          origin
          reviewStatus
          reviewNote
        }
      }
    }
  }
`);

export const ReviewFacts = graphql(`
  mutation ReviewFacts($ids: [ID!]!, $status: ReviewStatus!, $note: String) {
    reviewFacts(ids: $ids, status: $status, note: $note) {
      id
    }
  }
`);

export const QActivities = graphql(`
  query ReviewQActivities($where: ProcessingActivityWhereInput, $after: Cursor) {
    list: activities(first: 100, after: $after, where: $where) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reviewStatus
          reviewNote
          origin
          name
          dataCategories {
            id
            key
            name
          }
          dataSubjects {
            id
            name
          }
          evidence {
            id
            start
            end
            documentID
          }
        }
      }
    }
  }
`);

export const QPurposes = graphql(`
  query ReviewQPurposes($where: ActivityPurposeWhereInput, $after: Cursor) {
    list: activityPurposes(first: 100, after: $after, where: $where) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reviewStatus
          reviewNote
          origin
          purpose {
            name
          }
          legalBasis {
            id
            reference
            name
          }
          specialCondition {
            id
            reference
            name
          }
          evidence {
            id
            start
            end
            documentID
          }
        }
      }
    }
  }
`);

export const QRecipients = graphql(`
  query ReviewQRecipients($where: RecipientWhereInput, $after: Cursor) {
    list: recipients(first: 100, after: $after, where: $where) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reviewStatus
          reviewNote
          origin
          name
          kind
          country
          evidence {
            id
            start
            end
            documentID
          }
        }
      }
    }
  }
`);

export const QDisclosures = graphql(`
  query ReviewQDisclosures($where: DisclosureWhereInput, $after: Cursor) {
    list: disclosures(first: 100, after: $after, where: $where) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reviewStatus
          reviewNote
          origin
          recipient {
            name
          }
          dataCategories {
            name
          }
          purposes {
            name
          }
          evidence {
            id
            start
            end
            documentID
          }
        }
      }
    }
  }
`);

export const QTransfers = graphql(`
  query ReviewQTransfers($where: TransferWhereInput, $after: Cursor) {
    list: transfers(first: 100, after: $after, where: $where) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reviewStatus
          reviewNote
          origin
          scope
          country
          recipient {
            name
          }
          safeguard {
            id
            name
            validUntil
          }
          evidence {
            id
            start
            end
            documentID
          }
        }
      }
    }
  }
`);

export const QRetention = graphql(`
  query ReviewQRetention($where: RetentionRuleWhereInput, $after: Cursor) {
    list: retentionRules(first: 100, after: $after, where: $where) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reviewStatus
          reviewNote
          origin
          duration
          criterion
          endAction
          dataCategories {
            name
          }
          evidence {
            id
            start
            end
            documentID
          }
        }
      }
    }
  }
`);

export const QRights = graphql(`
  query ReviewQRights($where: DataSubjectRightWhereInput, $after: Cursor) {
    list: dataSubjectRights(first: 100, after: $after, where: $where) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reviewStatus
          reviewNote
          origin
          channel
          responseTime
          right {
            name
            reference
          }
          evidence {
            id
            start
            end
            documentID
          }
        }
      }
    }
  }
`);

export const QSecurity = graphql(`
  query ReviewQSecurity($where: SecurityPracticeWhereInput, $after: Cursor) {
    list: securityPractices(first: 100, after: $after, where: $where) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reviewStatus
          reviewNote
          origin
          description
          measure {
            name
          }
          evidence {
            id
            start
            end
            documentID
          }
        }
      }
    }
  }
`);

export const QStatements = graphql(`
  query ReviewQStatements($where: StatementWhereInput, $after: Cursor) {
    list: statements(first: 100, after: $after, where: $where) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reviewStatus
          reviewNote
          origin
          kind
          text
          legalBasis {
            reference
            name
          }
          purposes {
            name
          }
          evidence {
            id
            start
            end
            documentID
          }
        }
      }
    }
  }
`);

export const QOrganizations = graphql(`
  query ReviewQOrganizations($where: OrganizationWhereInput, $after: Cursor) {
    list: organizations(first: 100, after: $after, where: $where) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reviewStatus
          reviewNote
          origin
          key
          name
          evidence {
            id
            start
            end
            documentID
          }
        }
      }
    }
  }
`);

// Choices for corrections, read a page at a time.
export const QBases = graphql(`
  query ReviewQBases($after: Cursor) {
    list: legalBases(first: 100, after: $after, orderBy: { field: KEY }) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reference
          name
          article
        }
      }
    }
  }
`);

export const QSafeguards = graphql(`
  query ReviewQSafeguards($after: Cursor) {
    list: transferSafeguards(first: 100, after: $after, orderBy: { field: NAME }) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          validUntil
        }
      }
    }
  }
`);

// Corrections: the fact's own update mutation, which records history;
// the corrected value is accepted with it (a reviewer's correction is a
// decision).
export const FixPurpose = graphql(`
  mutation ReviewFixPurpose($id: ID!, $input: UpdateActivityPurposeInput!) {
    updateActivityPurpose(id: $id, input: $input) {
      id
    }
  }
`);
export const FixActivity = graphql(`
  mutation ReviewFixActivity($id: ID!, $input: UpdateProcessingActivityInput!) {
    updateProcessingActivity(id: $id, input: $input) {
      id
    }
  }
`);
export const FixTransfer = graphql(`
  mutation ReviewFixTransfer($id: ID!, $input: UpdateTransferInput!) {
    updateTransfer(id: $id, input: $input) {
      id
    }
  }
`);
export const FixRetention = graphql(`
  mutation ReviewFixRetention($id: ID!, $input: UpdateRetentionRuleInput!) {
    updateRetentionRule(id: $id, input: $input) {
      id
    }
  }
`);
export const FixRecipient = graphql(`
  mutation ReviewFixRecipient($id: ID!, $input: UpdateRecipientInput!) {
    updateRecipient(id: $id, input: $input) {
      id
    }
  }
`);
