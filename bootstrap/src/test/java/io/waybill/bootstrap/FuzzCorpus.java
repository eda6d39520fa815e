package io.waybill.bootstrap;

import java.util.List;
import java.util.UUID;

/**
 * The bad values the fuzz suite sends: control characters, huge and fractional numbers, extreme dates, nulls, wrong
 * types, deep nesting, oversized values, unknown ids, path traversal and SQL-like strings.
 */
final class FuzzCorpus {

    private static final int DEEP = 10_000;

    private FuzzCorpus() {
    }

    /** Strings, as they go into a path segment or a query parameter (encoded by the sender). */
    static final List<String> PARAMETERS = List.of(
            "", " ", "\u0000", "a\u0000b", "\u0001\u001f\u007f", "line\nbreak", "\t",
            "-1", "0", "1.5", "1e3", "2147483648", "-9223372036854775809", "99999999999999999999999999",
            "NaN", "Infinity", "abc", "true", "null", "[]", "{}",
            "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "0000-01-01T00:00:00Z", "2026-02-30T10:00:00Z",
            "2026-11-02T10:00:00", "123",
            "../../../../etc/passwd", "..\\..\\windows\\win.ini", "%2e%2e%2f", "..",
            "' OR '1'='1", "'; DROP TABLE orders; --", "1; SELECT pg_sleep(0)", "%", "%00", "\\",
            "<img src=x onerror=alert(1)>", "${jndi:ldap://127.0.0.1/a}", "\uD800", "\uD835\uDD18\uD835\uDD2B",
            UUID.randomUUID().toString(), "00000000-0000-0000-0000-000000000000", "x".repeat(1500));

    /** JSON fragments that replace one value of a valid body. */
    static List<String> values() {
        return List.of(
                "null", "true", "false", "0", "-1", "1.5", "-0.0", "1e-7", "2147483648", "9223372036854775808",
                "-9223372036854775809", "1e308", "-1e308", "1e400", "123456789012345678901234567890",
                "\"\"", "\" \"", "\"\\u0000\"", "\"a\\u0000b\"", "\"\\u0001\\u001f\\u007f\"", "\"line\\nbreak\\ttab\"",
                "\"\\ud800\"", "\"1\"", "\"1.5\"", "\"true\"", "123",
                "\"+999999999-12-31T23:59:59Z\"", "\"-999999999-01-01T00:00:00Z\"",
                "\"+999999999-12-31T23:59:59+18:00\"", "\"0000-01-01T00:00:00Z\"", "\"2026-02-30T10:00:00Z\"",
                "\"2026-11-02T10:00:00\"",
                "\"../../../../etc/passwd\"", "\"' OR '1'='1\"", "\"'; DROP TABLE orders; --\"", "\"%00\"",
                "\"<img src=x onerror=alert(1)>\"", "\"${jndi:ldap://127.0.0.1/a}\"",
                "\"" + UUID.randomUUID() + "\"", "\"" + "x".repeat(1_000_000) + "\"",
                "{}", "[]", "[null]", "[[]]", "[{}]", "{\"a\":null}", "[1,2,3]", "[\"EMAIL\",null]",
                "[" + "1,".repeat(100_000) + "1]",
                nested(DEEP, "[", "]"), nested(2_000, "{\"a\":", "}"));
    }

    /** Whole bodies, sent instead of a valid one. */
    static List<String> bodies() {
        return List.of("", "{", "}", "null", "[]", "[1,2]", "\"text\"", "42", "{\"a\":", "{'a': 1}", "{\"a\":1,}",
                "\u0000", nested(DEEP, "[", "]"), nested(DEEP, "{\"a\":", "}"),
                "{\"events\":[null]}", "{\"events\":[" + "null,".repeat(10) + "{}]}",
                "{\"x\":\"" + "y".repeat(2_000_000) + "\"}");
    }

    private static String nested(int depth, String open, String close) {
        return open.repeat(depth) + close.repeat(depth);
    }
}
