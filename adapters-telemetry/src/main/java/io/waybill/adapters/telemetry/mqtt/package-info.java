/**
 * Readings from the MQTT broker: topic {@code waybill/{tenant}/devices/{device}/telemetry}, JSON, QoS 1, a persistent
 * session (nothing sent while Waybill was down is lost), and an acknowledgement only once the reading is stored.
 */
@PrimaryAdapter
package io.waybill.adapters.telemetry.mqtt;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
