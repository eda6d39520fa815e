/** The simulated carrier's own tracking API, served beside Waybill as a carrier would serve it. */
@PrimaryAdapter
package io.waybill.adapters.carriers.http;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
