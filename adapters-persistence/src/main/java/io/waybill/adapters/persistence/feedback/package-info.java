/** Customers' delivery feedback in PostgreSQL, one rating per order. */
@SecondaryAdapter
package io.waybill.adapters.persistence.feedback;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
