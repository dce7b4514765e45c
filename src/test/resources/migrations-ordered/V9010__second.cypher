// Only finds the probe when V902 already ran.
MATCH (p:MigrationOrderProbe) SET p.steps = p.steps + 'V9010';
