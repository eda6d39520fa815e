/** Carriers' inbound HTTP: signed pushes in the carrier's own format, and EDI interchange uploads. */
@PrimaryAdapter
package io.waybill.adapters.carriers.http;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
