/** The daily reports' archive in PostgreSQL (table {@code daily_reports}). */
@SecondaryAdapter
package io.waybill.adapters.persistence.reports;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
