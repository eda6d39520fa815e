/** Devices, their bindings to shipments and their readings (partitioned by month), in PostgreSQL with plain SQL. */
@SecondaryAdapter
package io.waybill.adapters.persistence.devices;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
