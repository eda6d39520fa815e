/** The audit log of administrative changes in PostgreSQL, appended with plain SQL, also inside other stores' transactions. */
@SecondaryAdapter
package io.waybill.adapters.persistence.audit;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
