import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/lib/server/auth/auth";

/** better-auth's endpoints: sign-in by login, sign-out, sessions, password change, admin. */
export const { GET, POST } = toNextJsHandler((request: Request) => getAuth().handler(request));
