import { queryOptions } from "@tanstack/react-query";
import { graphql } from "@/generated";
import type { Modality, TimeBucket } from "@/generated/graphql";
import type { Filters } from "@/lib/filters";
import { graphqlRequest } from "@/lib/graphql-request";

const TimelineQuery = graphql(`
  query ResponsesTimeline($bucket: TimeBucket, $filter: ResponseFilter) {
    responsesTimeline(bucket: $bucket, filter: $filter) {
      period
      type
      count
    }
  }
`);

export function timelineQuery(filters: Filters, bucket: TimeBucket, modalities: Modality[] = []) {
  const filter = { from: filters.from, to: filters.to, modalities: modalities.length ? modalities : null };
  return queryOptions({
    queryKey: ["responses-timeline", bucket, filter],
    queryFn: ({ signal }) => graphqlRequest(TimelineQuery, { bucket, filter }, signal),
  });
}
