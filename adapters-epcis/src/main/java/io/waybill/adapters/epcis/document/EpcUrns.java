package io.waybill.adapters.epcis.document;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * EPC URNs (pure identities, LGTIN classes and ID patterns, GS1 Tag Data Standard) turned into their canonical GS1
 * Digital Link URI, as the CBV 2.0 event hash requires. The company prefix is the part before the first dot; the
 * reference after it completes the key, whose check digit is computed here.
 */
final class EpcUrns {

    private static final String ROOT = "https://id.gs1.org/";
    private static final Pattern PREFIX = Pattern.compile("\\d{6,12}");
    private static final Pattern DIGITS = Pattern.compile("\\d*");
    private static final Pattern SERIAL = Pattern.compile("([!'()*+,\\-.0-9:;=A-Z_a-z]|%[0-9A-Fa-f]{2})+");

    private EpcUrns() {
    }

    /** The Digital Link for an EPC URN, or empty when the text is not one this knows. */
    static Optional<String> toDigitalLink(String urn) {
        String[] head = urn.split(":", 5);
        if (head.length != 5 || !head[0].equals("urn") || !head[1].equals("epc")) {
            return Optional.empty();
        }
        String[] parts = head[4].split("\\.", -1);
        if (parts.length < 2 || !PREFIX.matcher(parts[0]).matches()) {
            return Optional.empty();
        }
        try {
            String link = switch (head[2]) {
                case "id" -> identity(head[3], parts);
                case "class" -> head[3].equals("lgtin") && parts.length == 3 ? gtin(parts) + "/10/" + serial(parts[2]) : null;
                case "idpat" -> pattern(head[3], parts);
                default -> null;
            };
            return Optional.ofNullable(link).map(path -> ROOT + path);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String identity(String scheme, String[] p) {
        return switch (scheme) {
            case "sgtin" -> p.length == 3 ? gtin(p) + "/21/" + serial(p[2]) : null;
            case "sscc" -> p.length == 2 ? "00/" + withCheck(p[1].charAt(0) + p[0] + p[1].substring(1), 17) : null;
            case "sgln" -> p.length == 3 ? gln(p) + (p[2].equals("0") ? "" : "/254/" + serial(p[2])) : null;
            case "grai" -> p.length == 3 ? "8003/" + withCheck("0" + p[0] + digits(p[1]), 13) + optionalSerial(p[2]) : null;
            case "giai" -> "8004/" + p[0] + serial(rest(p, 1));
            case "gsrn" -> p.length == 2 ? "8018/" + withCheck(p[0] + digits(p[1]), 17) : null;
            case "gsrnp" -> p.length == 2 ? "8017/" + withCheck(p[0] + digits(p[1]), 17) : null;
            case "gdti" -> p.length >= 3 ? "253/" + withCheck(p[0] + digits(p[1]), 12) + optionalSerial(rest(p, 2)) : null;
            case "cpi" -> p.length == 3 ? "8010/" + encode(p[0] + p[1]) + "/8011/" + digits(p[2]) : null;
            case "sgcn" -> p.length == 3 ? "255/" + withCheck(p[0] + digits(p[1]), 12) + digits(p[2]) : null;
            case "ginc" -> "401/" + p[0] + serial(rest(p, 1));
            case "gsin" -> p.length == 2 ? "402/" + withCheck(p[0] + digits(p[1]), 16) : null;
            case "itip" -> p.length == 5 ? "8006/" + itip(p) + "/21/" + serial(p[4]) : null;
            case "upui" -> p.length == 3 ? gtin(p) + "/235/" + serial(p[2]) : null;
            case "pgln" -> p.length == 2 ? "417/" + withCheck(p[0] + digits(p[1]), 12) : null;
            default -> null;
        };
    }

    private static String pattern(String scheme, String[] p) {
        if (!p[p.length - 1].equals("*")) {
            return null;
        }
        return switch (scheme) {
            case "sgtin", "upui" -> p.length == 3 ? gtin(p) : null;
            case "grai" -> p.length == 3 ? "8003/" + withCheck("0" + p[0] + digits(p[1]), 13) : null;
            case "gdti" -> p.length == 3 ? "253/" + withCheck(p[0] + digits(p[1]), 12) : null;
            case "sgcn" -> p.length == 3 ? "255/" + withCheck(p[0] + digits(p[1]), 12) : null;
            case "cpi" -> p.length == 3 ? "8010/" + encode(p[0] + p[1]) : null;
            case "itip" -> p.length == 5 ? "8006/" + itip(p) : null;
            default -> null;
        };
    }

    /** {@code 01/<GTIN-14>} from company prefix and item reference (indicator digit first). */
    private static String gtin(String[] p) {
        String item = digits(p[1]);
        if (item.isEmpty()) {
            throw new IllegalArgumentException("no item reference");
        }
        return "01/" + withCheck(item.charAt(0) + p[0] + item.substring(1), 13);
    }

    private static String gln(String[] p) {
        return "414/" + withCheck(p[0] + digits(p[1]), 12);
    }

    private static String itip(String[] p) {
        String piece = digits(p[2]);
        String total = digits(p[3]);
        if (piece.length() != 2 || total.length() != 2) {
            throw new IllegalArgumentException("piece and total are two digits each");
        }
        return gtin(p).substring(3) + piece + total;
    }

    private static String withCheck(String body, int length) {
        if (body.length() != length || !DIGITS.matcher(body).matches()) {
            throw new IllegalArgumentException("a key of " + length + " digits expected: " + body);
        }
        return body + Gs1Keys.checkDigit(body);
    }

    private static String digits(String text) {
        if (!DIGITS.matcher(text).matches()) {
            throw new IllegalArgumentException("digits expected: " + text);
        }
        return text;
    }

    private static String rest(String[] p, int from) {
        return String.join(".", Arrays.copyOfRange(p, from, p.length));
    }

    private static String optionalSerial(String text) {
        return text.isEmpty() ? "" : serial(text);
    }

    private static String serial(String text) {
        if (!SERIAL.matcher(text).matches()) {
            throw new IllegalArgumentException("not an EPC serial: " + text);
        }
        return encode(text);
    }

    /** The characters an EPC URN may leave bare but a Digital Link path must percent-encode. */
    static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '!', '(', ')', '*', '+', ',', ':' -> out.append('%').append(String.format("%02X", (int) c));
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
