/** Customers' notification preferences in PostgreSQL, keyed by lower-cased e-mail address. */
@SecondaryAdapter
package io.waybill.adapters.persistence.preferences;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
