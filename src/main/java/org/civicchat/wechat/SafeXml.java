package org.civicchat.wechat;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses WeChat's flat XML into a map of element name to text. Any DOCTYPE is refused outright, so no
 * entity (internal, external, parameter) is ever expanded. Nested elements (an event's ScanCodeInfo, say)
 * are flattened into the same map by their own names.
 */
final class SafeXml {

    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(SafeXml::newBuilder);

    private SafeXml() {
    }

    static Map<String, String> parse(String xml) {
        if (xml == null || xml.isBlank()) {
            throw new MalformedXml("empty body");
        }
        Document document;
        DocumentBuilder builder = BUILDER.get();
        try {
            builder.reset();
            document = builder.parse(new InputSource(new StringReader(xml)));
        } catch (SAXException | IOException e) {
            throw new MalformedXml("XML rejected: " + e.getMessage());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        collect(document.getDocumentElement(), fields);
        return fields;
    }

    private static void collect(Element parent, Map<String, String> fields) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node node = children.item(i);
            if (node instanceof Element element) {
                if (hasElementChildren(element)) {
                    collect(element, fields);
                } else {
                    fields.put(element.getTagName(), element.getTextContent());
                }
            }
        }
    }

    private static boolean hasElementChildren(Element element) {
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element) {
                return true;
            }
        }
        return false;
    }

    private static DocumentBuilder newBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be hardened", e);
        }
    }

    static final class MalformedXml extends RuntimeException {
        MalformedXml(String reason) {
            super(reason);
        }
    }
}
