/** Signed webhook calls to integrators' endpoints. */
@Adapter
package io.waybill.adapters.notifications.webhook;

import org.jmolecules.architecture.hexagonal.Adapter;
