package org.civicchat.open311;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One service attribute of GeoReport v2; {@code values} key → name, in order, for the list datatypes. */
record Attribute(String code, String description, String datatype, boolean required, Map<String, String> values) {

    static final List<String> DATATYPES = List.of("string", "number", "datetime", "text", "singlevaluelist",
            "multivaluelist");

    Attribute {
        if (code == null || !code.matches("[a-z0-9_]{1,40}")) {
            throw new IllegalArgumentException("attribute code must be a-z, 0-9 or _, was " + code);
        }
        if (!DATATYPES.contains(datatype)) {
            throw new IllegalArgumentException("attribute " + code + " has unknown datatype " + datatype);
        }
        values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    boolean isList() {
        return datatype.endsWith("valuelist");
    }

    /** As services/{code} shows it. */
    Map<String, Object> json(int order) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("variable", true);
        m.put("code", code);
        m.put("datatype", datatype);
        m.put("required", required);
        m.put("datatype_description", isList() ? "从列出的值中选择" : null);
        m.put("order", order);
        m.put("description", description);
        if (isList()) {
            m.put("values", values.entrySet().stream().map(e -> {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("key", e.getKey());
                v.put("name", e.getValue());
                return (Object) v;
            }).toList());
        }
        return m;
    }
}
