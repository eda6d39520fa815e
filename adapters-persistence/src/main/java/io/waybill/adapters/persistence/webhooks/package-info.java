/** Integrators' webhook subscriptions in PostgreSQL, with plain SQL. */
@SecondaryAdapter
package io.waybill.adapters.persistence.webhooks;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
