/** A simulated carrier that drives each of its shipments through a seeded, reproducible journey across a network of German hubs. */
@Adapter
package io.waybill.adapters.carriers.simulated;

import org.jmolecules.architecture.hexagonal.Adapter;
