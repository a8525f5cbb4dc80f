package org.civicchat.survey;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SurveyLoaderTest {

    @TempDir
    Path dir;

    @Test
    void theBundledSurveyFileReadsAsItsDefinition() throws Exception {
        SurveyDefinition d = new SurveyLoader(null, null).read(Path.of("surveys/awareness-2026.yaml"));

        assertThat(d.id()).isEqualTo("awareness-2026");
        assertThat(d.title()).isEqualTo("创建全国文明典范城市 知晓率调查");
        assertThat(d.questions().get(0).text()).isEqualTo("我区正在创建的是哪项称号？");
        assertThat(d.questions().get(0).options()).containsExactly("全国文明城市", "全国文明典范城市", "国家卫生城市", "国家园林城市");
    }

    @Test
    void aFileThatBuildsJavaObjectsIsRefused() throws Exception {
        Path evil = dir.resolve("evil.yaml");
        Files.writeString(evil, "id: !!java.io.File [\"/tmp\"]\n");

        assertThatThrownBy(() -> new SurveyLoader(null, null).read(evil))
                .isInstanceOf(org.yaml.snakeyaml.error.YAMLException.class);
    }
}
