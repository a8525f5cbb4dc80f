package org.civicchat.admin;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

/**
 * Reads back the first sheet of a workbook we wrote, straight from its XML parts: each cell's text (shared
 * strings resolved), whether it is a number, and its number format; plus the column widths. Enough for tests.
 */
final class XlsxReader {

    record Cell(String text, boolean number, String format) {
    }

    final List<List<Cell>> rows = new ArrayList<>();
    final Map<Integer, Double> widths = new HashMap<>();

    XlsxReader(byte[] xlsx) throws Exception {
        Path tmp = Files.createTempFile("civicchat-test", ".xlsx");
        try {
            Files.write(tmp, xlsx);
            try (ZipFile zip = new ZipFile(tmp.toFile())) {
                List<String> strings = new ArrayList<>();
                if (zip.getEntry("xl/sharedStrings.xml") != null) {
                    NodeList si = parse(zip.getInputStream(zip.getEntry("xl/sharedStrings.xml"))).getElementsByTagName("si");
                    for (int i = 0; i < si.getLength(); i++) {
                        strings.add(si.item(i).getTextContent());
                    }
                }
                List<String> formats = formats(parse(zip.getInputStream(zip.getEntry("xl/styles.xml"))));
                Document sheet = parse(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")));
                NodeList cols = sheet.getElementsByTagName("col");
                for (int i = 0; i < cols.getLength(); i++) {
                    Element c = (Element) cols.item(i);
                    widths.put(Integer.parseInt(c.getAttribute("min")), Double.parseDouble(c.getAttribute("width")));
                }
                NodeList rowNodes = sheet.getElementsByTagName("row");
                for (int r = 0; r < rowNodes.getLength(); r++) {
                    List<Cell> cells = new ArrayList<>();
                    NodeList cs = ((Element) rowNodes.item(r)).getElementsByTagName("c");
                    for (int i = 0; i < cs.getLength(); i++) {
                        Element c = (Element) cs.item(i);
                        int col = column(c.getAttribute("r"));
                        while (cells.size() < col) {
                            cells.add(new Cell("", false, ""));
                        }
                        String type = c.getAttribute("t");
                        String value = c.getTextContent();
                        String style = c.getAttribute("s");
                        String format = style.isEmpty() ? "" : formats.get(Integer.parseInt(style));
                        if (type.equals("s")) {
                            cells.add(new Cell(strings.get(Integer.parseInt(value)), false, format));
                        } else {
                            cells.add(new Cell(value, type.isEmpty() || type.equals("n"), format));
                        }
                    }
                    rows.add(cells);
                }
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    List<String> texts(int row) {
        return rows.get(row).stream().map(Cell::text).toList();
    }

    private static int column(String ref) {
        int col = 0;
        for (char ch : ref.toCharArray()) {
            if (Character.isLetter(ch)) {
                col = col * 26 + (ch - 'A' + 1);
            }
        }
        return col - 1;
    }

    /** Style index → number format code ("" for general). */
    private static List<String> formats(Document styles) {
        Map<String, String> codes = new HashMap<>();
        NodeList numFmts = styles.getElementsByTagName("numFmt");
        for (int i = 0; i < numFmts.getLength(); i++) {
            Element f = (Element) numFmts.item(i);
            codes.put(f.getAttribute("numFmtId"), f.getAttribute("formatCode"));
        }
        List<String> out = new ArrayList<>();
        Element cellXfs = (Element) styles.getElementsByTagName("cellXfs").item(0);
        NodeList xfs = cellXfs.getElementsByTagName("xf");
        for (int i = 0; i < xfs.getLength(); i++) {
            out.add(codes.getOrDefault(((Element) xfs.item(i)).getAttribute("numFmtId"), ""));
        }
        return out;
    }

    private static Document parse(InputStream in) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (in) {
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(in.readAllBytes()));
        }
    }
}
