/** The Quarkus application: starts the database if none is configured, wires ports to adapters, runs the demo. */
package io.waybill.bootstrap;
