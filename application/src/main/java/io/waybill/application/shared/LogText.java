package io.waybill.application.shared;

import java.util.regex.Pattern;

/**
 * Text from outside (an SMTP server's reply, a carrier's error) made fit for a log line: logs never carry personal
 * data, and such replies quote the recipient ("550 <jane@example.org> unknown"). E-mail addresses and international
 * phone numbers are masked; everything else, which an operator needs to act, is kept.
 */
public final class LogText {

    private static final Pattern EMAIL = Pattern.compile("[\\w.%+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern PHONE = Pattern.compile("(?<![\\w+])(\\+|00)\\d[\\d ()/.-]{5,}\\d");

    private LogText() {
    }

    /** The text with e-mail addresses and phone numbers replaced by {@code <e-mail>} and {@code <phone>}; null stays null. */
    public static String withoutContacts(String text) {
        if (text == null) {
            return null;
        }
        return PHONE.matcher(EMAIL.matcher(text).replaceAll("<e-mail>")).replaceAll("<phone>");
    }
}
