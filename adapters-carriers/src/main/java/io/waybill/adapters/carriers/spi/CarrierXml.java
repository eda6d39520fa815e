package io.waybill.adapters.carriers.spi;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What the XML carrier adapters share: a streaming (StAX) reader that hands over only the elements an adapter
 * asks for, each read whole as a small {@link Element}, and skips everything else without keeping it. Memory
 * is bounded by the largest such element, not by the document.
 *
 * <p>Secure by construction: a document with a document type declaration (DOCTYPE) is refused, so there are no
 * DTDs, no entity declarations and no entity expansion (only XML's five predefined entities and character
 * references are read); external entities and external DTDs are switched off as well. Namespace-aware. Limits:
 * {@value #MAX_DEPTH} levels of elements, {@value #MAX_TEXT} characters of text in one element, and
 * {@value #MAX_ELEMENT_NODES} elements in one element handed over. Every failure is a
 * {@link CarrierPayloadException} naming the carrier and the line and column.
 *
 * <pre>{@code
 * CarrierXml.of("DHL Express").root("http://www.dhl.com", "TrackingResponse")
 *         .begin("TrackingResponse/AWBInfo", where -> current.clear())
 *         .on("TrackingResponse/AWBInfo/ShipmentInfo/ShipmentEvent", event -> ...)
 *         .read(payload);
 * }</pre>
 * Paths are local names from the document element, joined by {@code /}. A configured reader is not thread-safe;
 * make one per payload.
 */
public final class CarrierXml {

    public static final int MAX_DEPTH = 64;
    public static final int MAX_TEXT = 65_536;
    public static final int MAX_ELEMENT_NODES = 10_000;

    private static final XMLInputFactory FACTORY = factory();

    /** An element read whole: its local name, namespace URI ("" for none), text content as sent, children and where it starts. */
    public record Element(String name, String namespace, String content, List<Element> children, int line, int column) {

        public Element {
            children = List.copyOf(children);
        }

        /** The first child of that local name. */
        public Optional<Element> child(String localName) {
            return children.stream().filter(c -> c.name.equals(localName)).findFirst();
        }

        public List<Element> children(String localName) {
            return children.stream().filter(c -> c.name.equals(localName)).toList();
        }

        /** The text of the descendant along {@code path} (local names; none: this element's), stripped; null when missing or empty. */
        public String text(String... path) {
            Element at = this;
            for (String step : path) {
                Optional<Element> next = at.child(step);
                if (next.isEmpty()) {
                    return null;
                }
                at = next.get();
            }
            String stripped = at.content.strip();
            return stripped.isEmpty() ? null : stripped;
        }

        /** "line 12, column 5" of the element's start, for messages. */
        public String where() {
            return "line " + line + ", column " + column;
        }
    }

    private final String carrier;
    private final Set<String> roots = new LinkedHashSet<>();
    private final Map<String, Consumer<Element>> elements = new HashMap<>();
    private final Map<String, Consumer<String>> begins = new HashMap<>();

    private CarrierXml(String carrier) {
        this.carrier = carrier;
    }

    /** A reader for one payload of {@code carrier} (named in every message). */
    public static CarrierXml of(String carrier) {
        return new CarrierXml(carrier);
    }

    /** Accepts a document element of that namespace ("" for none) and local name; any other is refused. */
    public CarrierXml root(String namespace, String localName) {
        roots.add("{" + namespace + "}" + localName);
        return this;
    }

    /** Hands every element at {@code path} over whole; nothing inside it is matched against other paths. */
    public CarrierXml on(String path, Consumer<Element> handler) {
        elements.put(path, handler);
        return this;
    }

    /** Tells where an element at {@code path} starts ("line 3, column 5"), without reading it. */
    public CarrierXml begin(String path, Consumer<String> handler) {
        begins.put(path, handler);
        return this;
    }

    /** Whether a non-empty payload is XML rather than JSON: its first character (after a BOM and blanks) is {@code <}. */
    public static boolean looksLikeXml(byte[] payload) {
        int i = payload.length >= 3 && (payload[0] & 0xff) == 0xef && (payload[1] & 0xff) == 0xbb && (payload[2] & 0xff) == 0xbf ? 3 : 0;
        while (i < payload.length && Character.isWhitespace(payload[i])) {
            i++;
        }
        return i < payload.length && payload[i] == '<';
    }

    /** Reads a payload held whole; an empty one is refused. */
    public void read(byte[] payload) {
        if (payload == null || payload.length == 0) {
            throw new CarrierPayloadException(carrier + " payload is empty");
        }
        read(new ByteArrayInputStream(payload));
    }

    /** Reads a stream to its end (its encoding from the XML declaration, UTF-8 by default); does not close it. */
    public void read(InputStream in) {
        XMLStreamReader xml = null;
        try {
            xml = FACTORY.createXMLStreamReader(in);
            walk(xml);
        } catch (XMLStreamException e) {
            throw new CarrierPayloadException(carrier + " payload is not well-formed XML" + at(e.getLocation()) + ": " + message(e), e);
        } finally {
            close(xml);
        }
    }

    private void walk(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder path = new StringBuilder();
        int[] lengths = new int[MAX_DEPTH + 1];
        int depth = 0;
        int text = 0;
        boolean seenRoot = false;
        while (xml.hasNext()) {
            switch (xml.next()) {
                case XMLStreamConstants.DTD -> throw new CarrierPayloadException(carrier + " payload has a DOCTYPE" + at(xml.getLocation())
                        + ": document type declarations are refused (no DTDs, no entity declarations)");
                case XMLStreamConstants.START_ELEMENT -> {
                    depth(depth + 1, xml);
                    if (depth == 0) {
                        checkRoot(xml);
                        seenRoot = true;
                    }
                    lengths[depth] = path.length();
                    path.append(depth == 0 ? "" : "/").append(xml.getLocalName());
                    depth++;
                    text = 0;
                    String at = path.toString();
                    Consumer<String> begin = begins.get(at);
                    if (begin != null) {
                        begin.accept(where(xml.getLocation()));
                    }
                    Consumer<Element> handler = elements.get(at);
                    if (handler != null) {
                        Element element = element(xml, depth, new int[] {1});
                        depth--;
                        path.setLength(lengths[depth]);
                        handler.accept(element);
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    path.setLength(lengths[depth]);
                    text = 0;
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    text += xml.getTextLength();
                    textLimit(text, xml);
                }
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new CarrierPayloadException(carrier + " payload refers to entity &"
                        + xml.getLocalName() + ";" + at(xml.getLocation()) + ": entities are not expanded");
                default -> {
                    // comments, processing instructions, the end of the document: nothing to keep
                }
            }
        }
        if (!seenRoot) {
            throw new CarrierPayloadException(carrier + " payload has no XML element");
        }
    }

    private Element element(XMLStreamReader xml, int depth, int[] nodes) throws XMLStreamException {
        String name = xml.getLocalName();
        String namespace = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
        Location start = xml.getLocation();
        StringBuilder text = new StringBuilder();
        List<Element> children = new ArrayList<>();
        while (true) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth(depth + 1, xml);
                    if (++nodes[0] > MAX_ELEMENT_NODES) {
                        throw new CarrierPayloadException(carrier + " payload: element " + name + at(start) + " holds more than "
                                + MAX_ELEMENT_NODES + " elements");
                    }
                    children.add(element(xml, depth + 1, nodes));
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    textLimit(text.length() + xml.getTextLength(), xml);
                    text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                }
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new CarrierPayloadException(carrier + " payload refers to entity &"
                        + xml.getLocalName() + ";" + at(xml.getLocation()) + ": entities are not expanded");
                case XMLStreamConstants.END_ELEMENT -> {
                    return new Element(name, namespace, text.toString(), children, start.getLineNumber(), start.getColumnNumber());
                }
                default -> {
                    // comments and processing instructions inside an element carry no data
                }
            }
        }
    }

    private void checkRoot(XMLStreamReader xml) {
        String namespace = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
        String root = "{" + namespace + "}" + xml.getLocalName();
        if (!roots.isEmpty() && !roots.contains(root)) {
            throw new CarrierPayloadException(carrier + " payload: document element " + root + at(xml.getLocation())
                    + " is not one of " + String.join(", ", roots));
        }
    }

    private void depth(int depth, XMLStreamReader xml) {
        if (depth > MAX_DEPTH) {
            throw new CarrierPayloadException(carrier + " payload nests elements deeper than " + MAX_DEPTH + " levels" + at(xml.getLocation()));
        }
    }

    private void textLimit(int length, XMLStreamReader xml) {
        if (length > MAX_TEXT) {
            throw new CarrierPayloadException(carrier + " payload has an element with more than " + MAX_TEXT + " characters of text"
                    + at(xml.getLocation()));
        }
    }

    private static String at(Location location) {
        return location == null || location.getLineNumber() < 0 ? "" : " at " + where(location);
    }

    private static String where(Location location) {
        return "line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    }

    /** The parser's own words, without the "ParseError at [row,col]" prefix the location already gives. */
    private static String message(XMLStreamException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int words = message.indexOf("Message: ");
        return (words >= 0 ? message.substring(words + "Message: ".length()) : message).strip();
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // the input was read or has failed already; nothing more to report
            }
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory(); // the JDK's own, whatever else is on the class path
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }
}
