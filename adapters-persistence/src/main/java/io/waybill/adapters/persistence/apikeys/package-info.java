/** The issued API keys (their SHA-256 hashes) in PostgreSQL, through Hibernate ORM. */
@SecondaryAdapter
package io.waybill.adapters.persistence.apikeys;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
