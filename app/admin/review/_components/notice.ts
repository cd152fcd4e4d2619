/** What the queue tells the reader after a decision: done (a status) or refused (an alert). */
export interface TNotice {
  kind: "done" | "error";
  text: string;
}
