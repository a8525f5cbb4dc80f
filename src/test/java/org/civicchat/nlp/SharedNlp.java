package org.civicchat.nlp;

import java.nio.file.Path;

/** One service for all test classes: building it loads HanLP, which takes most of a second. */
final class SharedNlp {

    /** A data directory that does not exist, so a developer's ./data/nlp/places.txt cannot change results. */
    static final NlpSettings SETTINGS = new NlpSettings(Path.of("target", "nlp-test-no-data-dir"));

    private static NlpService service;

    private SharedNlp() {
    }

    static synchronized NlpService service() {
        if (service == null) {
            service = new NlpService(SETTINGS);
        }
        return service;
    }

    static Analysis analyze(String text) {
        return service().analyze(text);
    }
}
