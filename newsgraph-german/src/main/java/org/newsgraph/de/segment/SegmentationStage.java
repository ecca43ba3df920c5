package org.newsgraph.de.segment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Layer;
import org.newsgraph.model.Section;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.Stage;

/**
 * Assigns sentences and tokens (without morphology). Sentences never cross section boundaries;
 * text outside every section (if any) is segmented as blocks of its own, so every non-space
 * character is covered by a token.
 */
public final class SegmentationStage implements Stage {
    private final GermanTokenizer tokenizer = new GermanTokenizer();
    private final GermanSentenceSplitter splitter = new GermanSentenceSplitter();

    @Override
    public String name() { return "de.segmentation.v1"; }

    @Override
    public Set<Layer> requires() { return Set.of(); }

    @Override
    public Set<Layer> assigns() { return Set.of(Layer.SENTENCES, Layer.TOKENS); }

    @Override
    public AnalyzedArticle process(AnalyzedArticle doc) {
        String text = doc.text();
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        for (int[] block : blocks(text, doc.article().sections())) {
            List<int[]> t = tokenizer.tokenize(text, block[0], block[1]);
            for (int[] s : splitter.split(text, t)) sentences.add(new Sentence(s[0], s[1]));
            for (int[] s : t) tokens.add(Token.of(s[0], s[1]));
        }
        return doc.withSentences(sentences).withTokens(tokens, false);
    }

    /** Sections in text order, clipped so they do not overlap, plus the gaps between them. */
    static List<int[]> blocks(String text, List<Section> sections) {
        List<Section> sorted = new ArrayList<>(sections);
        sorted.sort(Comparator.comparingInt(Section::begin).thenComparingInt(Section::end));
        List<int[]> out = new ArrayList<>();
        int pos = 0;
        for (Section s : sorted) {
            int b = Math.max(s.begin(), pos);
            if (b > pos) out.add(new int[]{pos, b});
            if (s.end() > b) { out.add(new int[]{b, s.end()}); pos = s.end(); }
        }
        if (pos < text.length()) out.add(new int[]{pos, text.length()});
        return out;
    }
}
