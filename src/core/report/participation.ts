/**
 * Who took part in one activity, as its owner reported it (the results form). Counts the owner
 * did not give stay undefined — the report says "chưa báo cáo" rather than counting them as 0.
 */
export interface ActivityParticipation {
  readonly activityId: string;
  readonly staff?: number;
  readonly children?: number;
  readonly parents?: number;
  readonly others?: number;
}
