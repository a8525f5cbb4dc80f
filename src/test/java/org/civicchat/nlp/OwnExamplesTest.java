package org.civicchat.nlp;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our own labelled messages (src/test/resources/nlp/own-examples.tsv), written for this code and not taken
 * from the dev set: colloquial, voice run-ons, typos, emoji, full-width and traditional text. Each row pins
 * intent, category and location.
 */
class OwnExamplesTest {

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/nlp/own-examples.tsv", delimiter = '\t', numLinesToSkip = 1, quoteCharacter = '\u0001')
    void messageIsUnderstoodAsLabelled(String text, String intent, String category, String location) {
        Analysis analysis = SharedNlp.analyze(text);
        assertThat(analysis.intent().id()).as("intent").isEqualTo(intent);
        if (analysis.intent() == Intent.COMPLAINT) {
            assertThat(analysis.category()).as("category").isEqualTo(category);
            assertThat(analysis.location()).as("location").isEqualTo(location);
        }
    }
}
