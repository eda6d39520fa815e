/** The exceptions queue, its audit trail, and the shipments' state it is opened from, in PostgreSQL with plain SQL. */
@SecondaryAdapter
package io.waybill.adapters.persistence.exceptions;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
