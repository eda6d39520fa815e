/** The carrier poll schedule in PostgreSQL: which shipments to ask their carrier about, and when. */
@SecondaryAdapter
package io.waybill.adapters.persistence.polls;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
