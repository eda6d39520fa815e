/**
 * Physical signals: devices (GPS trackers, data loggers, readers), the time ranges they are bound to a shipment, and
 * the readings they report (position, temperature, humidity, shock, light, battery). A reading is the device's, not
 * the shipment's: which shipment it tells about follows from the bindings, so a reading that arrived before its
 * binding is attached once the binding is known.
 */
package io.waybill.domain.telemetry;
