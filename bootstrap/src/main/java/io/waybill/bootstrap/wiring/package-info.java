/** CDI producers that create the framework-free services and simulators and connect them to the adapters. */
package io.waybill.bootstrap.wiring;
