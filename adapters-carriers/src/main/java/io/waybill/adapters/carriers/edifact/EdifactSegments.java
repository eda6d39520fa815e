package io.waybill.adapters.carriers.edifact;

import io.waybill.adapters.carriers.spi.CarrierPayloadException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a UN/EDIFACT interchange one segment at a time (ISO 9735). The service characters come from the UNA string
 * advice when the interchange starts with one (component and data element separators, decimal mark, release
 * character, reserved, segment terminator), else the defaults {@code : + . ? ' }. The release character makes the
 * next character plain text. Line breaks between segments are ignored. Only the current segment is held in memory.
 */
final class EdifactSegments {

    /** The most characters one segment may have: a status report's segments are short. */
    static final int LONGEST_SEGMENT = 10_000;

    /** One segment: its tag, its data elements (index 1 = the first after the tag), each a list of components. */
    record Segment(String tag, List<List<String>> elements, long position) {

        /** Component {@code component} (0-based) of element {@code element} (1-based), or null when empty or absent. */
        String value(int element, int component) {
            if (element >= elements.size() || component >= elements.get(element).size()) {
                return null;
            }
            String v = elements.get(element).get(component).strip();
            return v.isEmpty() ? null : v;
        }

        String value(int element) {
            return value(element, 0);
        }

        @Override
        public String toString() {
            return tag + " (segment " + position + ")";
        }
    }

    private final Reader in;
    private char component = ':';
    private char element = '+';
    private char release = '?';
    private char terminator = '\'';
    private long position;
    private boolean started;

    EdifactSegments(Reader in) {
        this.in = in;
    }

    /** The next segment, or null at the end of the input. */
    Segment next() {
        if (!started) {
            started = true;
            readServiceStringAdvice();
        }
        List<List<String>> elements = new ArrayList<>();
        List<String> components = new ArrayList<>();
        StringBuilder current = new StringBuilder(64);
        int length = 0;
        boolean any = false;
        int c;
        while ((c = read()) != -1) {
            char ch = (char) c;
            if (!any && (ch == '\r' || ch == '\n' || ch == ' ' || ch == '\t')) {
                continue; // between segments
            }
            any = true;
            if (++length > LONGEST_SEGMENT) {
                throw new CarrierPayloadException("EDIFACT segment " + (position + 1) + " is longer than " + LONGEST_SEGMENT
                        + " characters: is the segment terminator '" + terminator + "' right (UNA)?");
            }
            if (ch == release) {
                int escaped = read();
                if (escaped == -1) {
                    throw new CarrierPayloadException("EDIFACT segment " + (position + 1) + ": the interchange ends after a release character");
                }
                current.append((char) escaped);
            } else if (ch == component) {
                components.add(current.toString());
                current.setLength(0);
            } else if (ch == element) {
                components.add(current.toString());
                elements.add(components);
                components = new ArrayList<>();
                current.setLength(0);
            } else if (ch == terminator) {
                components.add(current.toString());
                elements.add(components);
                position++;
                String tag = elements.getFirst().getFirst().strip();
                if (!tag.matches("[A-Z][A-Z0-9]{2}")) {
                    throw new CarrierPayloadException("EDIFACT segment " + position + ": '" + clip(tag) + "' is not a segment tag");
                }
                return new Segment(tag, elements, position);
            } else {
                current.append(ch);
            }
        }
        if (any) {
            throw new CarrierPayloadException("EDIFACT interchange ends inside segment " + (position + 1)
                    + ": no segment terminator '" + terminator + "'");
        }
        return null;
    }

    private void readServiceStringAdvice() {
        char[] una = new char[9];
        int n = 0;
        int c;
        while (n < 3 && (c = read()) != -1) {
            if (n == 0 && Character.isWhitespace(c) || n == 0 && c == '\uFEFF') {
                continue;
            }
            una[n++] = (char) c;
        }
        if (n == 3 && una[0] == 'U' && una[1] == 'N' && una[2] == 'A') {
            for (int i = 0; i < 6; i++) {
                c = read();
                if (c == -1) {
                    throw new CarrierPayloadException("EDIFACT UNA service string advice is cut short: it has six characters");
                }
                una[3 + i] = (char) c;
            }
            component = una[3];
            element = una[4];
            release = una[6] == ' ' ? '\0' : una[6];
            terminator = una[8];
            return;
        }
        unread = new String(una, 0, n);
    }

    private String unread = "";

    private int read() {
        if (!unread.isEmpty()) {
            char ch = unread.charAt(0);
            unread = unread.substring(1);
            return ch;
        }
        try {
            return in.read();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the EDIFACT interchange", e);
        }
    }

    private static String clip(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }
}
