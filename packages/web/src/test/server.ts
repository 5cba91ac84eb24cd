import { setupServer } from "msw/node";

/** Tests add their GraphQL handlers with server.use(...); unhandled requests fail the test. */
export const server = setupServer();
