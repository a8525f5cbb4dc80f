package org.civicchat.nlp;

import org.springframework.stereotype.Service;

import java.util.List;

/** Reads a resident's text: intent, complaint category, location, keywords. */
@Service
public class NlpService {

    public Analysis analyze(String text) {
        String normalized = TextNormalizer.normalize(text);
        return new Analysis(text, normalized, Intent.OTHER, null, null, List.of(), null);
    }
}
