CREATE (:MigrationDuplicateProbe {script: 'one'});
