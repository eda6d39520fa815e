/** DHL: the Shipment Tracking – Unified API JSON response and the DHL Express XML Services tracking response read into normalized tracking events, and DHL tracking numbers recognised by shape and (Express) check digit. */
@Adapter
package io.waybill.adapters.carriers.dhl;

import org.jmolecules.architecture.hexagonal.Adapter;
