// Version 902 sorts after 9010 as text but before it as a number; it must run first.
CREATE (:MigrationOrderProbe {steps: ['V902']});
