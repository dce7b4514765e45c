// Pairings with a bill limit (topBilled) recount only the pairs in which someone was billed beyond
// the limit: this index finds those people at once, instead of walking every candidate's credits.
CREATE INDEX acted_in_billing IF NOT EXISTS FOR ()-[c:ACTED_IN]-() ON (c.billing);
