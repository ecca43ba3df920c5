package org.newsgraph.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An article with its standoff annotations, like spaCy's {@code Doc}: the text is the single source
 * of truth and every annotation is an immutable record with offsets into it. Immutable; each stage
 * returns a new instance with its layer added ({@code withTokens}, {@code withEntities}, ...).
 */
public final class AnalyzedArticle {
    private final Article article;
    private final List<Sentence> sentences;
    private final List<Token> tokens;
    private final List<EntityMention> entities;
    private final Map<String, EntityRecord> entityIndex;
    private final List<PlaceMention> places;
    private final List<Quote> quotes;
    private final List<TimeExpression> times;
    private final List<Event> events;
    private final Set<Layer> layers;

    private AnalyzedArticle(Article article, List<Sentence> sentences, List<Token> tokens,
                            List<EntityMention> entities, Map<String, EntityRecord> entityIndex,
                            List<PlaceMention> places, List<Quote> quotes, List<TimeExpression> times,
                            List<Event> events, Set<Layer> layers) {
        this.article = article;
        this.sentences = sentences;
        this.tokens = tokens;
        this.entities = entities;
        this.entityIndex = entityIndex;
        this.places = places;
        this.quotes = quotes;
        this.times = times;
        this.events = events;
        this.layers = layers;
    }

    /** An article with no annotations yet. */
    public static AnalyzedArticle of(Article article) {
        return new AnalyzedArticle(article, List.of(), List.of(), List.of(), Map.of(), List.of(), List.of(),
                List.of(), List.of(), Collections.unmodifiableSet(EnumSet.noneOf(Layer.class)));
    }

    public Article article() { return article; }
    public String text() { return article.text(); }
    public List<Sentence> sentences() { return sentences; }
    public List<Token> tokens() { return tokens; }
    public List<EntityMention> entities() { return entities; }
    /** Canonical entities by id, in first-mention order. */
    public Map<String, EntityRecord> entityIndex() { return entityIndex; }
    public List<PlaceMention> places() { return places; }
    public List<Quote> quotes() { return quotes; }
    public List<TimeExpression> times() { return times; }
    public List<Event> events() { return events; }
    /** The layers stages have added so far. */
    public Set<Layer> layers() { return layers; }

    public boolean has(Layer layer) { return layers.contains(layer); }

    /** The text a span covers. */
    public String text(HasSpan span) { return article.text().substring(span.begin(), span.end()); }

    /** Tokens inside the given span, in order. */
    public List<Token> tokensIn(HasSpan span) {
        int from = firstTokenAtOrAfter(span.begin());
        List<Token> out = new ArrayList<>();
        for (int i = from; i < tokens.size() && tokens.get(i).begin() < span.end(); i++) {
            if (tokens.get(i).end() <= span.end()) out.add(tokens.get(i));
        }
        return out;
    }

    /** Index of the first token that begins at or after {@code offset} (binary search). */
    public int firstTokenAtOrAfter(int offset) {
        int lo = 0, hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).begin() < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    public AnalyzedArticle withArticle(Article a) {
        if (!a.text().equals(article.text())) throw new IllegalArgumentException("the text of an article never changes");
        return new AnalyzedArticle(a, sentences, tokens, entities, entityIndex, places, quotes, times, events, layers);
    }

    public AnalyzedArticle withSentences(List<Sentence> s) {
        checkAll(s);
        return new AnalyzedArticle(article, List.copyOf(s), tokens, entities, entityIndex, places, quotes, times, events, plus(Layer.SENTENCES));
    }

    public AnalyzedArticle withTokens(List<Token> t, boolean withMorphology) {
        checkAll(t);
        Set<Layer> l = plus(Layer.TOKENS);
        if (withMorphology) { l = new java.util.HashSet<>(l); l.add(Layer.MORPHOLOGY); l = Collections.unmodifiableSet(EnumSet.copyOf(l)); }
        return new AnalyzedArticle(article, sentences, List.copyOf(t), entities, entityIndex, places, quotes, times, events, l);
    }

    public AnalyzedArticle withEntities(List<EntityMention> e) {
        checkAll(e);
        return new AnalyzedArticle(article, sentences, tokens, List.copyOf(e), entityIndex, places, quotes, times, events, plus(Layer.ENTITIES));
    }

    /** Resolved mentions (with entity ids, nominal and pronoun mentions added) and their canonical entities. */
    public AnalyzedArticle withResolution(List<EntityMention> e, Map<String, EntityRecord> index) {
        checkAll(e);
        return new AnalyzedArticle(article, sentences, tokens, List.copyOf(e),
                Collections.unmodifiableMap(new LinkedHashMap<>(index)), places, quotes, times, events, plus(Layer.RESOLUTION));
    }

    public AnalyzedArticle withPlaces(List<PlaceMention> p) {
        checkAll(p);
        return new AnalyzedArticle(article, sentences, tokens, entities, entityIndex, List.copyOf(p), quotes, times, events, plus(Layer.PLACES));
    }

    public AnalyzedArticle withQuotes(List<Quote> q) {
        for (Quote quote : q) { checkAll(quote.parts()); checkAll(quote.cue()); }
        return new AnalyzedArticle(article, sentences, tokens, entities, entityIndex, places, List.copyOf(q), times, events, plus(Layer.QUOTES));
    }

    public AnalyzedArticle withTimes(List<TimeExpression> t) {
        checkAll(t);
        return new AnalyzedArticle(article, sentences, tokens, entities, entityIndex, places, quotes, List.copyOf(t), events, plus(Layer.TIMES));
    }

    public AnalyzedArticle withEvents(List<Event> e) {
        checkAll(e);
        return new AnalyzedArticle(article, sentences, tokens, entities, entityIndex, places, quotes, times, List.copyOf(e), plus(Layer.EVENTS));
    }

    private void checkAll(List<? extends HasSpan> spans) {
        int n = article.text().length();
        for (HasSpan s : spans) HasSpan.checkInside(s, n);
    }

    private Set<Layer> plus(Layer layer) {
        EnumSet<Layer> s = layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers);
        s.add(layer);
        return Collections.unmodifiableSet(s);
    }
}
