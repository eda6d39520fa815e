/**
 * Devices over HTTP: registering and binding them (integrators), their readings in batches (data loggers after the
 * trip), the OsmAnd protocol (tracker apps and Traccar clients, unchanged), and a shipment's trail.
 */
package io.waybill.adapters.rest.devices;
