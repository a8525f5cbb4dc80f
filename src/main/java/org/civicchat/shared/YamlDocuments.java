package org.civicchat.shared;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.json.JsonMapper;

import java.io.Reader;

/**
 * The one way our YAML content (surveys, ticket routing, the FAQ and its console edits) is read and written:
 * SnakeYAML with its safe constructor (plain maps, lists and scalars, never a Java type named in the file),
 * then bound to a record by Jackson, so a reader gets typed values and no unchecked casts. A syntax error
 * surfaces as SnakeYAML's {@link org.yaml.snakeyaml.error.YAMLException}, a shape error as Jackson's
 * {@link tools.jackson.databind.DatabindException}, each naming the line or the field.
 *
 * <p>Not handled: anchors/aliases beyond SnakeYAML's default limits, and multi-document files (the first
 * document is read).
 */
public final class YamlDocuments {

    private static final JsonMapper BINDER = JsonMapper.builder().build();

    private YamlDocuments() {
    }

    /** The document as maps, lists and scalars; null for an empty document. */
    public static Object tree(Reader in) {
        return parser().load(in);
    }

    /** The document as maps, lists and scalars; null for an empty document. */
    public static Object tree(String text) {
        return parser().load(text);
    }

    /** The document bound to {@code type}; null for an empty document. */
    public static <T> T read(Reader in, Class<T> type) {
        return bind(tree(in), type);
    }

    /** The document bound to {@code type}; null for an empty document. */
    public static <T> T read(String text, Class<T> type) {
        return bind(tree(text), type);
    }

    /** A tree already read (maps, lists, scalars) bound to {@code type}. */
    public static <T> T bind(Object tree, Class<T> type) {
        return tree == null ? null : BINDER.convertValue(tree, type);
    }

    /** Maps, lists and scalars as a YAML document, in SnakeYAML's default block style. */
    public static String write(Object tree) {
        return new Yaml().dump(tree);
    }

    private static Yaml parser() {
        return new Yaml(new SafeConstructor(new LoaderOptions()));
    }
}
