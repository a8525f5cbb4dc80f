package org.civicchat.nlp;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * Settings of the text understanding.
 *
 * @param dataDir the data directory; {@code nlp/places.txt} under it, when present, adds to the bundled
 *                gazetteer. Defaults to {@code $CIVICCHAT_DATA_DIR}, else {@code ./data}.
 */
@ConfigurationProperties("civicchat.nlp")
public record NlpSettings(Path dataDir) {

    public NlpSettings {
        if (dataDir == null) {
            String fromEnvironment = System.getenv("CIVICCHAT_DATA_DIR");
            dataDir = Path.of(fromEnvironment == null || fromEnvironment.isBlank() ? "./data" : fromEnvironment);
        }
    }

    public static NlpSettings defaults() {
        return new NlpSettings(null);
    }

    /** Where the sentence vectors of indexed texts are kept across restarts. */
    Path vectorsDir() {
        return dataDir.resolve("nlp").resolve("vectors");
    }

    Path placesOverride() {
        return dataDir.resolve("nlp").resolve("places.txt");
    }
}
