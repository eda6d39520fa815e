/** The warehouse integration in which the WMS pulls confirmed orders from the API and reports back through it. */
@SecondaryAdapter
package io.waybill.adapters.warehouse.pull;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
