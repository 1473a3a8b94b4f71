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

const TimelineByModalityQuery = graphql(`
  query ResponsesTimelineByModality($bucket: TimeBucket, $from: String, $to: String) {
    done: responsesTimeline(bucket: $bucket, filter: { from: $from, to: $to, modalities: [done] }) {
      period
      count
    }
    announced: responsesTimeline(bucket: $bucket, filter: { from: $from, to: $to, modalities: [announced] }) {
      period
      count
    }
    threatened: responsesTimeline(bucket: $bucket, filter: { from: $from, to: $to, modalities: [threatened] }) {
      period
      count
    }
    considered: responsesTimeline(bucket: $bucket, filter: { from: $from, to: $to, modalities: [considered] }) {
      period
      count
    }
    negated: responsesTimeline(bucket: $bucket, filter: { from: $from, to: $to, modalities: [negated] }) {
      period
      count
    }
  }
`);

/**
 * The timeline stacked by modality (done, announced, threatened…): the API
 * buckets by type, so each modality is asked for on its own, in one request.
 */
export function timelineByModalityQuery(filters: Filters, bucket: TimeBucket) {
  const variables = { bucket, from: filters.from, to: filters.to };
  return queryOptions({
    queryKey: ["responses-timeline-modality", variables],
    queryFn: ({ signal }) => graphqlRequest(TimelineByModalityQuery, variables, signal),
  });
}
