/** Idempotency keys of placed orders in PostgreSQL, claimed with one atomic statement per request. */
@SecondaryAdapter
package io.waybill.adapters.persistence.idempotency;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
