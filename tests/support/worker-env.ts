import { inject } from "vitest";

// Every worker talks to the run's test database; scratch databases go on the same server.
process.env.DATABASE_URL = inject("databaseUrl");
const serverUrl = inject("serverUrl");
if (serverUrl) process.env.TEST_SERVER_URL = serverUrl;
else delete process.env.TEST_SERVER_URL;
// A fixed cookie-signing key for tests, so no key file is written into the project's DATA_DIR.
process.env.BETTER_AUTH_SECRET ??= "test-secret-test-secret-test-secret-0123456789";
