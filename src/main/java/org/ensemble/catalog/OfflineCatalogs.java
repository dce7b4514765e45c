package org.ensemble.catalog;

import org.springframework.stereotype.Component;

/**
 * Makes the in-memory catalogs of imports that write a new database's store in one go. It needs no
 * database: such an import runs before the database starts.
 */
@Component
public class OfflineCatalogs {

	private final WorkValidation validation;

	OfflineCatalogs(WorkValidation validation) {
		this.validation = validation;
	}

	public OfflineCatalog create() {
		return new OfflineCatalog(this.validation);
	}

}
