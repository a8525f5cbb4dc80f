package org.civicchat.nlp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The operator's gazetteer file is read at start-up, every start-up: no HanLP cache hides an edit. */
class CampaignDictionaryTest {

    @TempDir
    Path dataDir;

    @Test
    void editToThePlacesFileTakesEffectAtTheNextStart() throws IOException {
        String message = "蛙蛙跳跳门口有人乱扔垃圾";
        writePlaces("[names]\n蹦蹦床\n");
        NlpService before = new NlpService(new NlpSettings(dataDir));
        assertThat(before.analyze(message).location()).isNull();
        assertThat(before.segmenter().segment(message)).extracting(Token::word).doesNotContain("蛙蛙跳跳");

        writePlaces("[names]\n蹦蹦床\n蛙蛙跳跳\n");
        NlpService after = new NlpService(new NlpSettings(dataDir));
        assertThat(after.analyze(message).location()).isEqualTo("蛙蛙跳跳");
        assertThat(after.segmenter().segment(message)).extracting(Token::word).contains("蛙蛙跳跳");

        writePlaces("[names]\n蹦蹦床\n");
        assertThat(new NlpService(new NlpSettings(dataDir)).analyze(message).location()).isNull();
    }

    @Test
    void operatorCanAddASuffixAndRemoveABundledName() throws IOException {
        writePlaces("""
                # our district
                [suffixes]
                里弄
                [names]
                -体育馆
                """);
        NlpService service = new NlpService(new NlpSettings(dataDir));
        assertThat(service.analyze("福寿里弄堆满了垃圾").location()).isEqualTo("福寿里弄");
        assertThat(service.analyze("体育馆门口乱停车").location()).isNull();
        assertThat(SharedNlp.analyze("体育馆门口乱停车").location()).isEqualTo("体育馆");
    }

    @Test
    void operatorWordsNeverReachAnotherServicesSegmenter() throws IOException {
        writePlaces("[names]\n蹦蹦跳跳园\n");
        new NlpService(new NlpSettings(dataDir));
        assertThat(SharedNlp.service().segmenter().segment("蹦蹦跳跳园")).hasSizeGreaterThan(1);
    }

    @Test
    void missingPlacesFileLeavesTheBundledGazetteer() {
        NlpService service = new NlpService(new NlpSettings(dataDir.resolve("absent")));
        assertThat(service.analyze("人民公园北门的厕所太脏").location()).isEqualTo("人民公园北门");
    }

    private void writePlaces(String content) throws IOException {
        Path file = dataDir.resolve("nlp").resolve("places.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
