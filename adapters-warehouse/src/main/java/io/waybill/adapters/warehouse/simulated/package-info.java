/** A simulated warehouse management system that allocates, picks and packs orders from a seeded inventory, for demos and load tests. */
@Adapter
package io.waybill.adapters.warehouse.simulated;

import org.jmolecules.architecture.hexagonal.Adapter;
