/** Disruptions reported through the API, kept in PostgreSQL with plain SQL. */
@SecondaryAdapter
package io.waybill.adapters.persistence.disruptions;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
