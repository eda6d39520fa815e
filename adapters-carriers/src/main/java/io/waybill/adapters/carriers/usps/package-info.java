/** USPS: the Tracking API v3 JSON response read into normalized tracking events, and USPS IMpb tracking numbers recognised by their check digit. */
@Adapter
package io.waybill.adapters.carriers.usps;

import org.jmolecules.architecture.hexagonal.Adapter;
