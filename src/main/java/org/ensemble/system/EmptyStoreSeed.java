package org.ensemble.system;

import java.nio.file.Path;

/**
 * Something that may write the embedded database's store before Neo4j starts, when the database
 * does not exist yet: the fastest way to fill an empty database (see {@link OfflineStoreWriter}).
 * Nobody can read or write meanwhile: the data folder is locked and Neo4j is not running.
 */
public interface EmptyStoreSeed {

	/** @param neo4jHome the embedded DBMS's home, where the default database has no store yet */
	void seed(Path neo4jHome);

}
