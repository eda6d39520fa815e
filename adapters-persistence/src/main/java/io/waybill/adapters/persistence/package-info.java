/** PostgreSQL persistence of orders, shipments, timelines and API keys. */
@SecondaryAdapter
package io.waybill.adapters.persistence;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
