/** ANSI X12 214 (004010) shipment status messages, read as a stream into normalized tracking events. */
@Adapter
package io.waybill.adapters.carriers.x12;

import org.jmolecules.architecture.hexagonal.Adapter;
