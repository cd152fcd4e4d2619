import { headers } from "next/headers";
import { getDb } from "../db/client";
import { findActorUser, isDisabled, toActor, type TActor } from "./actor";
import { getAuth } from "./auth";

/** The signed-in person for a server component or server action; null when signed out or disabled. */
export async function getPageActor(): Promise<TActor | null> {
  const found = await getAuth().api.getSession({ headers: await headers() });
  if (!found) return null;
  const user = await findActorUser(getDb(), Number(found.user.id));
  if (!user || isDisabled(user)) return null;
  return toActor(user, { sessionId: Number(found.session.id), tokenId: null });
}
