package org.newsgraph.de.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.model.QuoteType;

/**
 * Logistic regression over {@link QuoteVerifierFeatures}: the probability that a statement found by
 * the rules pairs with a gold statement; below the threshold of its type the model's action applies
 * (drop the statement, or only its speaker and cue, or only its speaker); a type without threshold is
 * kept whole. Resource {@code verifier-model.tsv},
 * rebuilt by {@code newsgraph train quotes --verifier-out}. Immutable and shared.
 */
public final class QuoteVerifierModel implements QuoteVerifier {
    static final String RESOURCE = "verifier-model.tsv";

    private final Map<String, Double> weights;
    private final Map<QuoteType, Double> thresholds;
    private final Verdict action;

    public QuoteVerifierModel(Map<String, Double> weights, Map<QuoteType, Double> thresholds, Verdict action) {
        this.weights = Map.copyOf(weights);
        this.thresholds = Map.copyOf(thresholds);
        this.action = action;
    }

    /** The committed model, loaded once. */
    public static QuoteVerifierModel shared() {
        return Holder.MODEL;
    }

    private static final class Holder {
        static final QuoteVerifierModel MODEL = load();
    }

    private static QuoteVerifierModel load() {
        try (InputStream in = QuoteVerifierModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("resource org/newsgraph/de/quotes/" + RESOURCE + " is missing");
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the TSV format {@link #write} writes: "action\tNAME", "threshold.TYPE\tX", then "feature\tweight" lines; '#' lines are comments. */
    public static QuoteVerifierModel read(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, Double> w = new HashMap<>();
        Map<QuoteType, Double> thresholds = new HashMap<>();
        Verdict action = null;
        for (String line; (line = r.readLine()) != null; ) {
            if (line.isEmpty() || line.startsWith("#")) continue;
            int tab = line.lastIndexOf('\t');
            if (tab < 0) throw new IOException("not a quote verifier model line: " + line);
            String key = line.substring(0, tab), value = line.substring(tab + 1);
            if (key.equals("action")) action = Verdict.valueOf(value);
            else if (key.startsWith("threshold.")) thresholds.put(QuoteType.valueOf(key.substring(10)), Double.parseDouble(value));
            else w.put(key, Double.parseDouble(value));
        }
        if (action == null) throw new IOException("quote verifier model without action");
        return new QuoteVerifierModel(w, thresholds, action);
    }

    /** Writes the model deterministically: header, action, thresholds by type, then the weights sorted by feature. */
    public void write(Writer out, String header) throws IOException {
        for (String h : header.split("\n")) out.write("# " + h + "\n");
        out.write("action\t" + action.name() + "\n");
        for (Map.Entry<QuoteType, Double> e : new TreeMap<>(thresholds).entrySet()) {
            out.write(String.format(Locale.ROOT, "threshold.%s\t%.4f\n", e.getKey().name(), e.getValue()));
        }
        for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
            out.write(e.getKey() + "\t" + String.format(Locale.ROOT, "%.5f", e.getValue()) + "\n");
        }
        out.flush();
    }

    /** The probability that a statement with these features pairs with a gold statement. */
    public double probability(List<String> features) {
        double z = 0;
        for (String f : features) {
            Double v = weights.get(f);
            if (v != null) z += v;
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The thresholds by type, in type order. */
    public Map<QuoteType, Double> thresholds() {
        return new TreeMap<>(thresholds);
    }

    /** The threshold of a type, 0 (keep all) when it has none. */
    public double threshold(QuoteType type) {
        return thresholds.getOrDefault(type, 0.0);
    }

    public Verdict action() {
        return action;
    }

    public int size() {
        return weights.size();
    }

    @Override
    public Verdict verdict(QuoteType type, List<String> features) {
        Double threshold = thresholds.get(type);
        return threshold == null || probability(features) >= threshold ? Verdict.KEEP : action;
    }
}
