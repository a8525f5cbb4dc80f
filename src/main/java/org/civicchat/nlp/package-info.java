/**
 * Text understanding for residents' messages, on HanLP: {@link org.civicchat.nlp.NlpService#analyze} gives the
 * intent, the complaint category, the place, a ticket number and keywords; {@link org.civicchat.nlp.Segmenter}
 * serves the FAQ search.
 * <p>
 * The knowledge is in editable text files under {@code src/main/resources/nlp/}, read at start-up:
 * {@code campaign-words.txt} (words HanLP must keep whole), {@code places.txt} (gazetteer; an operator's
 * {@code ${CIVICCHAT_DATA_DIR}/nlp/places.txt} adds to it), {@code location-words.txt} (what extends or ends a
 * place), {@code categories.txt} (weighted words per ticket category) and {@code intent-cues.txt}. None of them was written from the labelled dev sets in {@code shared/data}, which only
 * measure.
 */
package org.civicchat.nlp;
