package org.civicchat.survey;

import org.civicchat.shared.YamlDocuments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads {@code surveys/*.yaml} at start-up: a survey not yet in Redis is created and opened; one that is
 * there without answers gets the file's questions; one with answers keeps its stored questions (a warning
 * says the file differs). A bad file is logged and skipped, never stops the app.
 */
@Component
class SurveyLoader {

    private static final Logger log = LoggerFactory.getLogger(SurveyLoader.class);

    private final SurveyCatalog catalog;
    private final SurveySettings settings;

    SurveyLoader(SurveyCatalog catalog, SurveySettings settings) {
        this.catalog = catalog;
        this.settings = settings;
    }

    @EventListener
    void on(ApplicationReadyEvent ready) {
        loadAll();
    }

    int loadAll() {
        Path dir = settings.dir();
        if (!Files.isDirectory(dir)) {
            log.info("No survey directory at {}", dir.toAbsolutePath());
            return 0;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            log.warn("Cannot list surveys in {}: {}", dir, e.toString());
            return 0;
        }
        int loaded = 0;
        for (Path file : files) {
            try {
                catalog.define(read(file));
                loaded++;
            } catch (SurveyExists e) {
                log.warn("{}: {}; keeping the stored questions", file.getFileName(), e.getMessage());
            } catch (InvalidSurvey e) {
                log.error("{} is not a valid survey: {}", file.getFileName(), e.problems());
            } catch (RuntimeException | IOException e) {
                log.error("{} could not be loaded: {}", file.getFileName(), e.toString());
            }
        }
        log.info("Surveys: {} loaded from {}", loaded, dir);
        return loaded;
    }

    SurveyDefinition read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return YamlDocuments.read(reader, SurveyDefinition.class);
        }
    }
}
