/** The carrier adapter SPI: what every carrier integration implements to turn a carrier's payload into normalized tracking events. */
@Adapter
package io.waybill.adapters.carriers.spi;

import org.jmolecules.architecture.hexagonal.Adapter;
