import { describe, expect, it } from "vitest";
import { dateInFileName } from "../../src/metadata/date-in-name.js";

describe("dateInFileName", () => {
  it.each([
    ["nyt_2016-01-20_in-prisoner-swap.txt", "2016-01-20"],
    ["/saved/2021-03-17-expulsions.html", "2021-03-17"],
    ["C:\\saved\\1999-12-31 story.txt", "1999-12-31"],
  ])("reads %s", (path, date) => {
    expect(dateInFileName(path)).toBe(date);
  });

  it.each([
    "/2016-01-20/story.txt", // a folder's date, not the file's
    "story-2016-02-30.txt", // no such day
    "id-12016-01-201.txt", // digits run on either side
    "story.txt",
    "feed-2016-01-20.jsonl:7", // one record of a batch
  ])("finds none in %s", (path) => {
    expect(dateInFileName(path)).toBeNull();
  });
});
