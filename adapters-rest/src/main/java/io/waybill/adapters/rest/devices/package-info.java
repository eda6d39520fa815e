/**
 * Devices over HTTP: registering and binding them (integrators), their readings in batches (data loggers after the
 * trip), the OsmAnd protocol (tracker apps and Traccar clients, unchanged), a shipment's trail, and the geofences whose
 * crossings become derived steps.
 */
package io.waybill.adapters.rest.devices;
