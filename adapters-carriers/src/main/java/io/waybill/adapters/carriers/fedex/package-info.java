/** FedEx: the Track API JSON response read into normalized tracking events, and FedEx tracking numbers recognised by their check digits. */
@Adapter
package io.waybill.adapters.carriers.fedex;

import org.jmolecules.architecture.hexagonal.Adapter;
