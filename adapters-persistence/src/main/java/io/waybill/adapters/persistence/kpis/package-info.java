/** The KPI facts and their daily sums in PostgreSQL: tables {@code kpi_pending}, {@code kpi_facts}, {@code kpi_daily}. */
@SecondaryAdapter
package io.waybill.adapters.persistence.kpis;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
