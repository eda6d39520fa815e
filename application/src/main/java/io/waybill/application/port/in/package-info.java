/** Inbound ports: one use case each, taking a self-validating command. */
@PrimaryPort
package io.waybill.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
