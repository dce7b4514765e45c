// Two indexes; V941 drops the first, so a run that applies both never creates it.
CREATE INDEX probe_dropped_later IF NOT EXISTS FOR (p:MigrationProbe) ON (p.dropped);
CREATE INDEX probe_kept IF NOT EXISTS FOR (p:MigrationProbe) ON (p.kept);
