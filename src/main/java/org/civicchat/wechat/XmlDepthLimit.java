package org.civicchat.wechat;

/**
 * A cheap look at an XML text before any parser sees it: refuses nesting deeper than {@link #MAX_DEPTH}
 * elements (a recursive parser overflows the stack near 9,000) and more than {@link #MAX_ELEMENTS} elements.
 * WeChat's messages nest at most five deep (SendPicsInfo, PicList, item, PicMd5Sum). One pass, no allocation;
 * CDATA sections, comments and processing instructions are skipped. It does not check well-formedness: the
 * parser does that afterwards.
 */
final class XmlDepthLimit {

    static final int MAX_DEPTH = 32;
    static final int MAX_ELEMENTS = 2000;

    private XmlDepthLimit() {
    }

    /** @throws MalformedMessage when the text nests too deep or holds too many elements */
    static void check(String xml) {
        int depth = 0;
        int elements = 0;
        int n = xml.length();
        int i = 0;
        while (i < n) {
            int open = xml.indexOf('<', i);
            if (open < 0 || open + 1 >= n) {
                return;
            }
            char next = xml.charAt(open + 1);
            if (xml.startsWith("<![CDATA[", open)) {
                i = skipPast(xml, open + 9, "]]>");
            } else if (xml.startsWith("<!--", open)) {
                i = skipPast(xml, open + 4, "-->");
            } else if (next == '?' || next == '!') {
                i = skipPast(xml, open + 2, ">");
            } else if (next == '/') {
                depth--;
                i = open + 2;
            } else {
                int close = xml.indexOf('>', open + 1);
                if (close < 0) {
                    return;
                }
                if (xml.charAt(close - 1) != '/') {
                    depth++;
                }
                if (depth > MAX_DEPTH) {
                    throw new MalformedMessage("XML nested deeper than " + MAX_DEPTH);
                }
                if (++elements > MAX_ELEMENTS) {
                    throw new MalformedMessage("XML with more than " + MAX_ELEMENTS + " elements");
                }
                i = close + 1;
            }
        }
    }

    private static int skipPast(String xml, int from, String end) {
        int at = xml.indexOf(end, from);
        return at < 0 ? xml.length() : at + end.length();
    }
}
