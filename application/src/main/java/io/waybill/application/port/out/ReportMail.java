package io.waybill.application.port.out;

import io.waybill.application.shared.DailyReport;

/** Sends a daily report by e-mail: its HTML body, its CSV attached. */
public interface ReportMail {

    /** @throws RuntimeException when the mail server refuses it (the report stays archived) */
    void send(DailyReport report);
}
