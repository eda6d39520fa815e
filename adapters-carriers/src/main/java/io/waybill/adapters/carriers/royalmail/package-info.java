/** Royal Mail: the Tracking API (v2) events JSON read into normalized tracking events, and Royal Mail UPU S10 tracking numbers recognised by their check digit. */
@Adapter
package io.waybill.adapters.carriers.royalmail;

import org.jmolecules.architecture.hexagonal.Adapter;
