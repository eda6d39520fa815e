/** Captured EPCIS events, pallets' contents and capture jobs, and parcels found by their codes, with plain SQL. */
@SecondaryAdapter
package io.waybill.adapters.persistence.epcis;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
