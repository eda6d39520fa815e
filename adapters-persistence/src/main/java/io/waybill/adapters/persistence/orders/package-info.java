/** Orders and their shipments and timelines in PostgreSQL: Hibernate ORM entities for writes, plain SQL for the hot reads. */
@SecondaryAdapter
package io.waybill.adapters.persistence.orders;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
