/** The delay model's storage in PostgreSQL with plain SQL: learned statistics, predictions, carrier estimates, learning queue. */
@SecondaryAdapter
package io.waybill.adapters.persistence.predictions;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
