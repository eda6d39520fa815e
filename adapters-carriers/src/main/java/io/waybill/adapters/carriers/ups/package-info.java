/** UPS: the Track API (v1) JSON response read into normalized tracking events, and UPS 1Z tracking numbers recognised by their check digit. */
@Adapter
package io.waybill.adapters.carriers.ups;

import org.jmolecules.architecture.hexagonal.Adapter;
