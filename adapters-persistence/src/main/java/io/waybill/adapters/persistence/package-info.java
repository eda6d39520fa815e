/**
 * PostgreSQL persistence, one sub-package per family of storage ports (orders, outbox, webhooks, preferences, polls,
 * API keys, disruptions, feedback, predictions).
 */
@SecondaryAdapter
package io.waybill.adapters.persistence;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
