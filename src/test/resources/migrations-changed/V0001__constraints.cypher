// Every node is addressed by its id; two people with the same name stay two people.
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (p:Person) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT work_id IF NOT EXISTS FOR (w:Work) REQUIRE w.id IS UNIQUE;
CREATE CONSTRAINT company_id IF NOT EXISTS FOR (c:Company) REQUIRE c.id IS UNIQUE;
// An edit made after V0001 was applied: the runner must refuse it, never run it.
CREATE CONSTRAINT edited_after_apply IF NOT EXISTS FOR (x:EditedAfterApply) REQUIRE x.id IS UNIQUE;
