/**
 * Key performance figures: how durations are counted (whole hours in a {@link io.waybill.domain.kpi.Hours} histogram)
 * and how a rate or a percentile is taken from counts that can be added day by day. The definitions are in
 * {@code docs/kpis.md}; this package holds only the arithmetic, so every figure is a pure function of stored counts.
 */
package io.waybill.domain.kpi;
