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

/**
 * Logistic regression over {@link ReportedSpeechFeatures}: the probability that a sentence the rules
 * left alone is a reported statement, and the threshold chosen on held-out training articles.
 * Resource {@code reported-model.tsv} (feature weights only), rebuilt by {@code newsgraph train quotes}.
 * Immutable and shared.
 */
public final class ReportedSpeechModel implements ReportedSpeechJudge {
    static final String RESOURCE = "reported-model.tsv";

    private final Map<String, Double> weights;
    private final double threshold;

    public ReportedSpeechModel(Map<String, Double> weights, double threshold) {
        this.weights = Map.copyOf(weights);
        this.threshold = threshold;
    }

    /** The committed model, loaded once. */
    public static ReportedSpeechModel shared() {
        return Holder.MODEL;
    }

    private static final class Holder {
        static final ReportedSpeechModel MODEL = load();
    }

    private static ReportedSpeechModel load() {
        try (InputStream in = ReportedSpeechModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("resource org/newsgraph/de/quotes/" + RESOURCE + " is missing");
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the TSV format {@link #write} writes: "threshold\tX", then "feature\tweight" lines; '#' lines are comments. */
    public static ReportedSpeechModel read(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, Double> w = new HashMap<>();
        double threshold = Double.NaN;
        for (String line; (line = r.readLine()) != null; ) {
            if (line.isEmpty() || line.startsWith("#")) continue;
            int tab = line.lastIndexOf('\t');
            if (tab < 0) throw new IOException("not a reported-speech model line: " + line);
            String key = line.substring(0, tab);
            double value = Double.parseDouble(line.substring(tab + 1));
            if (key.equals("threshold")) threshold = value;
            else w.put(key, value);
        }
        if (Double.isNaN(threshold)) throw new IOException("reported-speech model without threshold");
        return new ReportedSpeechModel(w, threshold);
    }

    /** Writes the model deterministically: header, threshold, then the weights sorted by feature. */
    public void write(Writer out, String header) throws IOException {
        for (String h : header.split("\n")) out.write("# " + h + "\n");
        out.write(String.format(Locale.ROOT, "threshold\t%.4f\n", threshold));
        for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
            out.write(e.getKey() + "\t" + String.format(Locale.ROOT, "%.5f", e.getValue()) + "\n");
        }
        out.flush();
    }

    /** The probability that the sentence with these features is a reported statement. */
    public double probability(List<String> features) {
        double z = 0;
        for (String f : features) {
            Double v = weights.get(f);
            if (v != null) z += v;
        }
        return 1 / (1 + Math.exp(-z));
    }

    public double threshold() {
        return threshold;
    }

    public int size() {
        return weights.size();
    }

    public ReportedSpeechModel withThreshold(double t) {
        return new ReportedSpeechModel(weights, t);
    }

    @Override
    public boolean isReported(ReportedCandidate candidate) {
        return probability(candidate.features()) >= threshold;
    }
}
