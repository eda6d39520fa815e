/** Changes of orders as PostgreSQL announces them (LISTEN/NOTIFY), for live pages on any instance. */
@SecondaryAdapter
package io.waybill.adapters.persistence.changes;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
