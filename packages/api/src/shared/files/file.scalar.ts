// The `File` scalar: an uploaded file in a GraphQL multipart request
// (https://github.com/jaydenseric/graphql-multipart-request-spec; graphql-yoga parses it into a
// standard File). Only usable as an input.
import { GraphQLError, GraphQLScalarType } from "graphql";
import { builder } from "../../builder.js";

/** What a resolver receives for a File argument (the WHATWG File / Blob interface). */
export interface UploadedFile {
  name?: string;
  type: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

const isUploadedFile = (v: unknown): v is UploadedFile =>
  typeof v === "object" && v !== null && typeof (v as UploadedFile).arrayBuffer === "function" && typeof (v as UploadedFile).size === "number";

const refuse = () => {
  throw new GraphQLError("File 须通过 multipart 请求上传 (send the file as a multipart request part, per the GraphQL multipart request spec)");
};

// Pothos types the builder's scalars in builder.ts; this one is registered under its own name and
// read as `unknown`, then checked with isUploadedFile where it is used.
export const FileScalar = builder.addScalarType(
  "File" as "JSON",
  new GraphQLScalarType({
    name: "File",
    description:
      "An uploaded file, sent as a part of a multipart request (GraphQL multipart request spec: fields `operations`, `map`, then the files). Input only.",
    serialize: () => refuse(),
    parseValue: (v) => (isUploadedFile(v) ? v : refuse()),
    parseLiteral: () => refuse(),
  }),
);

export { isUploadedFile };
