// A test kit that records the SQL statements one GraphQL request sends (openDatabase's onStatement
// hook): for the statement-count and columns-per-request tests.
import { expect } from "vitest";
import { createTestKit, type As } from "./testkit.js";

export async function createStatementKit() {
  let statements: string[] = [];
  let counting = false;
  const kit = await createTestKit({ onStatement: (sql) => counting && statements.push(sql) });

  /** Runs one GraphQL request and returns the SQL statements it sent (its data must be error-free). */
  async function statementsOf(query: string, variables: Record<string, unknown>, as?: As): Promise<string[]> {
    statements = [];
    counting = true;
    try {
      const res = await kit.gql(query, variables, as);
      expect(res.errors).toBeUndefined();
    } finally {
      counting = false;
    }
    return statements;
  }

  return { kit, statementsOf };
}
