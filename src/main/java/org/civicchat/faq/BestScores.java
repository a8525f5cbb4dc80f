package org.civicchat.faq;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

import java.io.IOException;

/**
 * Collects the best score of every entry's ways of asking, of its answer and of every passage, straight into
 * arrays: every match counts, so ranking them in a priority queue would only cost.
 */
final class BestScores extends SimpleCollector {

    final double[] variant;
    final double[] answer;
    final double[] passage;
    private final byte[] kindByDoc;
    private final int[] ordByDoc;
    private int docBase;
    private Scorable scorer;

    /**
     * @param size      the number of entries or passages
     * @param kindByDoc the kind of document ({@link FaqIndex#KIND_VARIANT}...) by global doc id
     * @param ordByDoc  the position of its entry or passage by global doc id
     */
    BestScores(int size, byte[] kindByDoc, int[] ordByDoc) {
        variant = new double[size];
        answer = new double[size];
        passage = new double[size];
        this.kindByDoc = kindByDoc;
        this.ordByDoc = ordByDoc;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) {
        docBase = context.docBase;
    }

    @Override
    public void setScorer(Scorable scorer) {
        this.scorer = scorer;
    }

    @Override
    public void collect(int doc) throws IOException {
        int global = docBase + doc;
        int ord = ordByDoc[global];
        double[] best = switch (kindByDoc[global]) {
            case FaqIndex.KIND_VARIANT -> variant;
            case FaqIndex.KIND_ANSWER -> answer;
            default -> passage;
        };
        if (ord < best.length) {
            best[ord] = Math.max(best[ord], scorer.score());
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE;
    }

    void add(BestScores other) {
        for (int i = 0; i < variant.length; i++) {
            variant[i] = Math.max(variant[i], other.variant[i]);
            answer[i] = Math.max(answer[i], other.answer[i]);
            passage[i] = Math.max(passage[i], other.passage[i]);
        }
    }
}
