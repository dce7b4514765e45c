CREATE (:MigrationDuplicateProbe {script: 'other'});
