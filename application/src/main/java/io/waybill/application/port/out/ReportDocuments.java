package io.waybill.application.port.out;

import io.waybill.application.shared.Kpis;
import io.waybill.application.shared.ShipmentPrediction;
import java.time.LocalDate;
import java.util.List;

/** Writes a daily report's e-mail: its subject and HTML body from the figures. */
public interface ReportDocuments {

    /** The facts of one report. */
    record Facts(String tenantName, LocalDate day, Kpis.Report dayFigures, Kpis.Report last30, List<Kpis.LaneLine> worstLanes,
            long needsAttention, long atRisk, List<ShipmentPrediction> atRiskFirst, List<OpenException> openExceptions,
            String consoleUrl) {
    }

    /** An exception waiting for a person, as the report lists it. */
    record OpenException(String orderNumber, String kind, String reason, String openedAt, String state) {
    }

    /** The subject and the HTML body. */
    record Written(String subject, String html) {
    }

    Written write(Facts facts);
}
