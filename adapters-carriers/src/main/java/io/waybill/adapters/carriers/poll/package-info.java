/**
 * Asks carriers' tracking APIs over HTTP for the poller ({@code CarrierTracking}): per-carrier rate limits, time-outs,
 * retries with exponential backoff and a circuit breaker (SmallRye Fault Tolerance), and the carrier's "slow down"
 * (429 with Retry-After) honoured for the whole carrier.
 */
@Adapter
package io.waybill.adapters.carriers.poll;

import org.jmolecules.architecture.hexagonal.Adapter;
