package io.waybill.adapters.carriers.x12;

import io.waybill.adapters.carriers.spi.CarrierPayloadException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an X12 interchange one segment at a time. The delimiters come from the ISA header: the element
 * separator is its 4th character, the component separator is ISA16, the segment terminator the character
 * right after ISA16. Only the current segment is held in memory.
 */
final class X12Segments {

    /** One segment: its id, its elements (index 1 = element 01) and its 1-based position in the interchange. */
    record Segment(String id, List<String> elements, long position) {

        String element(int index) {
            if (index >= elements.size()) {
                return null;
            }
            String value = elements.get(index).strip();
            return value.isEmpty() ? null : value;
        }

        @Override
        public String toString() {
            return id + " (segment " + position + ")";
        }
    }

    private final Reader in;
    private char elementSeparator;
    private char segmentTerminator;
    private char componentSeparator;
    private long position;
    private Segment isa;

    X12Segments(Reader in) {
        this.in = in;
    }

    char componentSeparator() {
        return componentSeparator;
    }

    /** The next segment, or null at the end of the input. */
    Segment next() {
        if (isa == null) {
            isa = readIsa();
            return isa;
        }
        StringBuilder current = new StringBuilder(128);
        List<String> elements = new ArrayList<>();
        int c;
        boolean started = false;
        while ((c = read()) != -1) {
            char ch = (char) c;
            if (ch == segmentTerminator) {
                if (!started) {
                    continue;
                }
                elements.add(current.toString());
                position++;
                return new Segment(elements.getFirst().strip(), elements, position);
            }
            if (!started && Character.isWhitespace(ch)) {
                continue; // line breaks between segments
            }
            started = true;
            if (ch == elementSeparator) {
                elements.add(current.toString());
                current.setLength(0);
            } else {
                current.append(ch);
                if (current.length() > 4096) {
                    throw new CarrierPayloadException("X12 segment " + (position + 1) + " has an element longer than 4096 characters: "
                            + "is the segment terminator '" + segmentTerminator + "' right?");
                }
            }
        }
        if (started) {
            throw new CarrierPayloadException("X12 interchange ends inside segment " + (position + 1) + " ('"
                    + (elements.isEmpty() ? current : elements.getFirst()) + "'), without its terminator");
        }
        return null;
    }

    private Segment readIsa() {
        char[] head = new char[4];
        for (int i = 0; i < 4; i++) {
            int c = read();
            if (c == -1) {
                throw new CarrierPayloadException(i == 0 ? "X12 payload is empty" : "X12 payload is too short for an ISA header");
            }
            head[i] = (char) c;
        }
        if (head[0] != 'I' || head[1] != 'S' || head[2] != 'A') {
            throw new CarrierPayloadException("X12 payload must start with an ISA segment (got '" + new String(head, 0, 3) + "')");
        }
        elementSeparator = head[3];
        List<String> elements = new ArrayList<>(17);
        elements.add("ISA");
        StringBuilder current = new StringBuilder();
        while (elements.size() < 16) {
            int c = read();
            if (c == -1) {
                throw new CarrierPayloadException("X12 ISA header ends after element ISA" + String.format("%02d", elements.size() - 1));
            }
            if (c == elementSeparator) {
                elements.add(current.toString());
                current.setLength(0);
            } else {
                current.append((char) c);
                if (current.length() > 20) {
                    throw new CarrierPayloadException("X12 ISA element ISA" + String.format("%02d", elements.size())
                            + " is longer than 15 characters: the ISA header is malformed");
                }
            }
        }
        int component = read();
        int terminator = read();
        if (component == -1 || terminator == -1) {
            throw new CarrierPayloadException("X12 ISA header ends before ISA16 and the segment terminator");
        }
        componentSeparator = (char) component;
        segmentTerminator = (char) terminator;
        if (segmentTerminator == elementSeparator || segmentTerminator == componentSeparator || Character.isLetterOrDigit(segmentTerminator)) {
            throw new CarrierPayloadException("X12 ISA header: segment terminator '" + segmentTerminator
                    + "' clashes with the element or component separator or is a letter or digit");
        }
        elements.add(String.valueOf(componentSeparator));
        position = 1;
        return new Segment("ISA", elements, 1);
    }

    private int read() {
        try {
            return in.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
