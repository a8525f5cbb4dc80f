package org.civicchat.survey;

import jakarta.validation.Validator;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Survey definitions: validated, stored as JSON, read back with their status. */
@Component
class SurveyCatalog {

    static final String OPEN = "open";
    static final String CLOSED = "closed";

    private final SurveyStore store;
    private final JsonMapper json;
    private final Validator constraints;
    private final Clock clock;

    SurveyCatalog(SurveyStore store, JsonMapper json, Validator constraints, Clock clock) {
        this.clock = clock;
        this.store = store;
        this.json = json;
        this.constraints = constraints;
    }

    /**
     * Creates and opens a survey, or replaces the questions of one that has no answers yet.
     *
     * @throws InvalidSurvey when the definition is incomplete or inconsistent
     * @throws SurveyExists  when a survey with this id already has answers and the definition differs
     */
    Survey define(SurveyDefinition definition) {
        SurveyValidator.check(constraints, definition);
        Optional<Survey> existing = find(definition.id());
        if (existing.isPresent() && store.responses(definition.id()) > 0) {
            if (!Objects.equals(existing.get().definition(), definition)) {
                throw new SurveyExists(definition.id());
            }
            store.setStatus(definition.id(), OPEN);
            return find(definition.id()).orElseThrow();
        }
        store.save(definition.id(), json.writeValueAsString(definition), Pseudonyms.newSecret(),
                clock.millis());
        return find(definition.id()).orElseThrow();
    }

    Optional<Survey> find(String surveyId) {
        if (surveyId == null || surveyId.isBlank()) {
            return Optional.empty();
        }
        return store.find(surveyId).map(stored -> new Survey(
                json.readValue(stored.definitionJson(), SurveyDefinition.class), stored.status(), stored.secret(),
                stored.created()));
    }

    Survey get(String surveyId) {
        return find(surveyId).orElseThrow(() -> new UnknownSurvey(surveyId));
    }

    /** Newest first. */
    List<Survey> all() {
        return store.ids().stream().map(this::find).flatMap(Optional::stream).toList();
    }

    void setStatus(String surveyId, String status) {
        get(surveyId);
        store.setStatus(surveyId, status);
    }

    /** A stored survey: its definition, open or closed, and the secret its pseudonyms are made with. */
    record Survey(SurveyDefinition definition, String status, String secret, long created) {

        boolean open() {
            return OPEN.equals(status);
        }

        String id() {
            return definition.id();
        }

        String pseudonym(String openid) {
            return Pseudonyms.of(secret, openid);
        }

        @Override
        public String toString() {
            return "Survey[" + definition.id() + ", " + status + "]";
        }
    }
}
