/** Tells customers about their orders by e-mail and SMS, and integrators by signed webhooks. */
@Adapter
package io.waybill.adapters.notifications;

import org.jmolecules.architecture.hexagonal.Adapter;
