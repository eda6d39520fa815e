/** Webhook subscriptions (with dead letters and replay) and customers' notification preferences. */
package io.waybill.adapters.rest.notifications;
