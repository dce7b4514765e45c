DROP INDEX probe_dropped_later IF EXISTS;
