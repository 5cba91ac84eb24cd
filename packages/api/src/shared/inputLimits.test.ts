import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { INPUT_LIMITS, inputProblem } from "./inputLimits.js";

const MUTATION = parse("mutation($input: NoteInput!, $file: File) { addNote(input: $input, file: $file) { __typename } }");
const QUERY = parse("query($search: String) { residents(search: $search) { totalCount } }");

describe("input limits", () => {
  it("refuses a read's string over its limit, naming the variable", () => {
    const e = inputProblem(QUERY, { search: "x".repeat(INPUT_LIMITS.queryString + 1) });
    expect(e?.extensions).toMatchObject({ code: "INVALID", field: "search" });
  });

  it("refuses a NUL byte deep in a mutation's input, naming its path", () => {
    const e = inputProblem(MUTATION, { input: { lines: [{ text: "ok" }, { text: "a\u0000b" }] } });
    expect(e?.extensions).toMatchObject({ code: "INVALID", field: "input.lines.1.text" });
  });

  it("lets a mutation's long text through, and an inline literal over the limit not", () => {
    expect(inputProblem(MUTATION, { input: { note: "x".repeat(INPUT_LIMITS.queryString + 1) } })).toBeNull();
    const inline = parse(`{ residents(search: "${"y".repeat(INPUT_LIMITS.queryString + 1)}") { totalCount } }`);
    expect(inputProblem(inline, {})?.extensions).toMatchObject({ code: "INVALID", field: "search" });
  });

  it("does not walk an uploaded file: only plain JSON objects and arrays are variables (a 10 MB upload's bytes were walked one by one)", () => {
    // A multipart upload arrives as a File object; its own properties (here a NUL in a field a
    // plain-object walk would read) and its bytes are not strings of the request.
    class Upload {
      name = "photo\u0000.png";
      bytes = new Uint8Array(1024);
    }
    expect(inputProblem(MUTATION, { input: { note: "ok" }, file: new Upload() })).toBeNull();
    expect(inputProblem(MUTATION, { input: { note: "ok" }, file: new Uint8Array(1024) })).toBeNull();
    // A plain object with the same field is still checked.
    expect(inputProblem(MUTATION, { input: { note: "ok" }, file: { name: "photo\u0000.png" } })?.extensions).toMatchObject({ field: "file.name" });
  });
});
