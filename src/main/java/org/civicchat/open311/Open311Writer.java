package org.civicchat.open311;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

/**
 * Writes an answer as GeoReport v2 XML with the StAX writer, UTF-8: a list under {@code root} holds one
 * element per item, named as the spec names it ({@code <services><service>}, {@code <service_requests><request>},
 * {@code <errors><error>}…); a map's entries become child elements in order; nulls are left out; chars XML 1.0
 * cannot carry (control chars residents' phones sometimes send) are dropped. JSON needs none of this: the same
 * lists and maps go to Jackson.
 */
final class Open311Writer {

    private static final Map<String, String> ITEM = Map.of("services", "service", "service_requests", "request",
            "attributes", "attribute", "values", "value", "endpoints", "endpoint", "formats", "format",
            "errors", "error");
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private Open311Writer() {
    }

    static byte[] xml(String root, Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = FACTORY.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            element(w, root, value);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write Open311 XML", e);
        }
        return out.toByteArray();
    }

    private static void element(XMLStreamWriter w, String name, Object value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        w.writeStartElement(name);
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                element(w, e.getKey().toString(), e.getValue());
            }
        } else if (value instanceof List<?> list) {
            String item = ITEM.getOrDefault(name, "item");
            for (Object v : list) {
                element(w, item, v);
            }
        } else {
            w.writeCharacters(clean(value.toString()));
        }
        w.writeEndElement();
    }

    /** Only the chars XML 1.0 allows: tab, newline, carriage return, and U+0020 upwards except the surrogates' misuse. */
    static String clean(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (ok) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
