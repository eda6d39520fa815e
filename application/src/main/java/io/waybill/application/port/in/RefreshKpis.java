package io.waybill.application.port.in;

/** Brings the stored KPI sums up to date with what changed since the last refresh (the platform's background work). */
public interface RefreshKpis {

    /**
     * Recomputes the facts of every order changed since the last refresh and the sums of the days they touch.
     *
     * @return how many orders were recomputed
     */
    int refresh();
}
