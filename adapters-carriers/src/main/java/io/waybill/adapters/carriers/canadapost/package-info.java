/** Canada Post: the Tracking web service's tracking-detail XML read into normalized tracking events, and Canada Post PINs and S10 numbers recognised. */
@Adapter
package io.waybill.adapters.carriers.canadapost;

import org.jmolecules.architecture.hexagonal.Adapter;
