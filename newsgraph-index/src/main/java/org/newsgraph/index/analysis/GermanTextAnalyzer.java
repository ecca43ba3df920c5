package org.newsgraph.index.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * German full-text analysis: standard tokenisation, lower case, (when indexing) compound parts
 * stacked on the compound, umlaut/ß normalisation and light stemming. "Haftbefehls" and
 * "Haftbefehl" both become {@code haftbefehl}; "Flugabwehrsystemen" is indexed as itself plus
 * {@code abwehr}, {@code system}, ... so a query for "Abwehr" finds it. Queries are not
 * decompounded: a query compound only matches the same compound (or a text containing it).
 */
public final class GermanTextAnalyzer extends Analyzer {
    private static final CharArraySet WORDS = CompoundWords.load();
    private final boolean decompound;

    private GermanTextAnalyzer(boolean decompound) {
        this.decompound = decompound;
    }

    /** For indexing: with compound parts. */
    public static GermanTextAnalyzer forIndexing() {
        return new GermanTextAnalyzer(true);
    }

    /** For parsing queries: without compound parts. */
    public static GermanTextAnalyzer forQueries() {
        return new GermanTextAnalyzer(false);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream ts = new LowerCaseFilter(source);
        if (decompound) {
            ts = new DictionaryCompoundWordTokenFilter(ts, WORDS, 4, 4, 20, false);
        }
        ts = new GermanNormalizationFilter(ts);
        ts = new GermanLightStemFilter(ts);
        if (decompound) ts = new RemoveDuplicatesTokenFilter(ts);
        return new TokenStreamComponents(source, ts);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new GermanNormalizationFilter(new LowerCaseFilter(in));
    }
}
