// Role-pair counters are ordered since the second release: on a pair a -> b (the smaller id first),
// n_director_actor counts the works a directed and b acted in, n_actor_director those b directed.
// V0003 indexed the keys whose roles are in alphabetical order; these are the others.
CREATE INDEX collaboration_director_actor IF NOT EXISTS FOR ()-[r:COLLABORATED_WITH]-() ON (r.n_director_actor);
CREATE INDEX collaboration_director_composer IF NOT EXISTS FOR ()-[r:COLLABORATED_WITH]-() ON (r.n_director_composer);
CREATE INDEX collaboration_director_cinematographer IF NOT EXISTS FOR ()-[r:COLLABORATED_WITH]-() ON (r.n_director_cinematographer);
CREATE INDEX collaboration_composer_actor IF NOT EXISTS FOR ()-[r:COLLABORATED_WITH]-() ON (r.n_composer_actor);
CREATE INDEX collaboration_composer_cinematographer IF NOT EXISTS FOR ()-[r:COLLABORATED_WITH]-() ON (r.n_composer_cinematographer);
CREATE INDEX collaboration_writer_director IF NOT EXISTS FOR ()-[r:COLLABORATED_WITH]-() ON (r.n_writer_director);
CREATE INDEX collaboration_writer_actor IF NOT EXISTS FOR ()-[r:COLLABORATED_WITH]-() ON (r.n_writer_actor);
CREATE INDEX collaboration_writer_composer IF NOT EXISTS FOR ()-[r:COLLABORATED_WITH]-() ON (r.n_writer_composer);
CREATE INDEX collaboration_writer_producer IF NOT EXISTS FOR ()-[r:COLLABORATED_WITH]-() ON (r.n_writer_producer);
CREATE INDEX collaboration_writer_cinematographer IF NOT EXISTS FOR ()-[r:COLLABORATED_WITH]-() ON (r.n_writer_cinematographer);
CREATE INDEX collaboration_writer_editor IF NOT EXISTS FOR ()-[r:COLLABORATED_WITH]-() ON (r.n_writer_editor);
CREATE INDEX collaboration_producer_director IF NOT EXISTS FOR ()-[r:COLLABORATED_WITH]-() ON (r.n_producer_director);
CREATE INDEX collaboration_producer_actor IF NOT EXISTS FOR ()-[r:COLLABORATED_WITH]-() ON (r.n_producer_actor);
CREATE INDEX collaboration_producer_composer IF NOT EXISTS FOR ()-[r:COLLABORATED_WITH]-() ON (r.n_producer_composer);
CREATE INDEX collaboration_producer_cinematographer IF NOT EXISTS FOR ()-[r:COLLABORATED_WITH]-() ON (r.n_producer_cinematographer);
CREATE INDEX collaboration_producer_editor IF NOT EXISTS FOR ()-[r:COLLABORATED_WITH]-() ON (r.n_producer_editor);
CREATE INDEX collaboration_cinematographer_actor IF NOT EXISTS FOR ()-[r:COLLABORATED_WITH]-() ON (r.n_cinematographer_actor);
CREATE INDEX collaboration_editor_director IF NOT EXISTS FOR ()-[r:COLLABORATED_WITH]-() ON (r.n_editor_director);
CREATE INDEX collaboration_editor_actor IF NOT EXISTS FOR ()-[r:COLLABORATED_WITH]-() ON (r.n_editor_actor);
CREATE INDEX collaboration_editor_composer IF NOT EXISTS FOR ()-[r:COLLABORATED_WITH]-() ON (r.n_editor_composer);
CREATE INDEX collaboration_editor_cinematographer IF NOT EXISTS FOR ()-[r:COLLABORATED_WITH]-() ON (r.n_editor_cinematographer);
// Counters written before this version were unordered: a graph that has any is recounted at the
// next start (the start-up repair rebuilds collaborations marked stale).
OPTIONAL MATCH ()-[r:COLLABORATED_WITH]->() WITH r LIMIT 1 WITH r WHERE r IS NOT NULL MERGE (s:__EnsembleState {name: 'collaborations'}) SET s.stale = true;
