import { describe, expect, it } from "vitest";
import { milestoneState } from "./milestones";

describe("milestoneState", () => {
  const asOf = "2020-06-30";
  it("is done when done by the day, late when done after its due month", () => {
    expect(milestoneState({ dueDate: "2020-05-31", doneDate: "2020-05-20" }, asOf)).toBe("done");
    expect(milestoneState({ dueDate: "2020-04-30", doneDate: "2020-06-02" }, asOf)).toBe("done_late");
  });

  it("is overdue only once its due month has ended", () => {
    expect(milestoneState({ dueDate: "2020-05-31", doneDate: null }, asOf)).toBe("overdue");
    expect(milestoneState({ dueDate: "2020-06-30", doneDate: null }, asOf)).toBe("due");
    expect(milestoneState({ dueDate: "2020-06-15", doneDate: null }, asOf)).toBe("due");
  });

  it("ignores a done date after the day and is upcoming before its month", () => {
    expect(milestoneState({ dueDate: "2020-09-30", doneDate: "2020-08-01" }, asOf)).toBe("upcoming");
    expect(milestoneState({ dueDate: "2020-05-31", doneDate: "2020-07-01" }, asOf)).toBe("overdue");
  });
});
