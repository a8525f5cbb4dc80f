package org.civicchat.shared;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.error.YAMLException;
import tools.jackson.databind.DatabindException;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class YamlDocumentsTest {

    record Grid(String grid, List<String> keywords, Integer hours) {
    }

    record Rules(Map<String, Grid> grids, List<String> heads) {
    }

    @Test
    void bindsNestedMapsAndListsToRecords() {
        Rules rules = YamlDocuments.read("""
                grids:
                  north: {grid: 北区网格, keywords: [青年路, 解放路], hours: 12}
                heads: [区城管局分管领导]
                """, Rules.class);

        assertThat(rules.grids().get("north")).isEqualTo(new Grid("北区网格", List.of("青年路", "解放路"), 12));
        assertThat(rules.heads()).containsExactly("区城管局分管领导");
    }

    @Test
    void anEmptyDocumentIsNull() {
        assertThat(YamlDocuments.read(new StringReader("# nothing here\n"), Rules.class)).isNull();
    }

    @Test
    void refusesTagsThatWouldBuildJavaObjects() {
        assertThatThrownBy(() -> YamlDocuments.tree("- !!java.io.File [\"/tmp\"]\n"))
                .isInstanceOf(YAMLException.class);
    }

    @Test
    void aWrongShapeNamesTheField() {
        assertThatThrownBy(() -> YamlDocuments.read("grids:\n  north: {hours: many}\n", Rules.class))
                .isInstanceOf(DatabindException.class).hasMessageContaining("hours");
    }

    @Test
    void whatItWritesReadsBackTheSame() {
        Map<String, Object> tree = Map.of("id", "faq-1", "alternates", List.of("垃圾怎么分类", "分类投放"));

        assertThat(YamlDocuments.tree(YamlDocuments.write(tree))).isEqualTo(tree);
    }
}
