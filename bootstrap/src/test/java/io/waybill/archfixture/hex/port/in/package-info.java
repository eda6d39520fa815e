/** Fixture inbound port. */
@PrimaryPort
package io.waybill.archfixture.hex.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
