/** The transactional outbox and the notification deliveries planned from it, in PostgreSQL with plain SQL. */
@SecondaryAdapter
package io.waybill.adapters.persistence.outbox;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
