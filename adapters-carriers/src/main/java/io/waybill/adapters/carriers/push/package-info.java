/** The carrier integration in which carriers (or a TMS) push their scans to the API. */
@SecondaryAdapter
package io.waybill.adapters.carriers.push;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
