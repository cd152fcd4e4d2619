"use client";

import type { ApiError } from "@/lib/client/admin/api";

interface TProps {
  error?: ApiError | string | null;
  success?: string | null;
}

/** A form's outcome, announced: the refusal in the server's words, or what was done. */
export function FormStatus({ error, success }: TProps) {
  const message = typeof error === "string" ? error : error?.message;
  return (
    <>
      <p className="form-error" role="alert" hidden={!message}>
        {message}
      </p>
      <p className="form-success" role="status" hidden={!success || Boolean(message)}>
        {success}
      </p>
    </>
  );
}
