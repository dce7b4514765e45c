// Applied by several runners at once in CypherMigrationsTests: it must run exactly once.
CREATE (:MigrationProbe);
