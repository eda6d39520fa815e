/** Outbound ports: what the application needs from the outside (storage, warehouse, carriers, notifications). */
@SecondaryPort
package io.waybill.application.port.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
