package org.newsgraph.de.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Article;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.MentionForm;

/**
 * Real German Wikinews articles (quotation dev set): person names are marked the way a recogniser
 * would (first name from LanguageTool's dictionary + surname, then every later surname form), and
 * the groups the resolution stage forms are compared with the expected groups in
 * {@code wikinews-groups.tsv} (reviewed by hand: one line per article, groups separated by " || ",
 * mentions of a group by " | ").
 */
class WikinewsCorpusTest {
    private static final Pattern FULL = Pattern.compile("\\b(\\p{Lu}\\p{L}+)((?: \\p{Lu}\\.)? (?:von |van |de )?\\p{Lu}\\p{L}+(?:-\\p{Lu}\\p{L}+)?)\\b");

    static List<Path> articles() throws IOException {
        String shared = System.getProperty("newsgraph.shared");
        if (shared == null) throw new IllegalStateException("system property newsgraph.shared is not set");
        try (Stream<Path> s = Files.list(Path.of(shared, "data", "quotes-wikinews", "dev"))) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    static AnalyzedArticle annotate(Path file) throws IOException {
        String text = new ObjectMapper().readTree(file.toFile()).path("originalText").asText();
        FirstNames names = FirstNames.get();
        List<EntityMention> ms = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        List<String> surnames = new ArrayList<>();
        Matcher m = FULL.matcher(text);
        int from = 0;
        while (m.find(from)) {
            from = m.end();
            if (names.gender(m.group(1)) == null) {
                from = m.start() + m.group(1).length(); // "Skistars Willy Bogner": try again at "Willy"
                continue;
            }
            String surname = m.group(2).substring(m.group(2).lastIndexOf(' ') + 1);
            int end = m.end();
            Matcher more = Pattern.compile("\\G \\p{Lu}\\p{L}+\\b").matcher(text);
            if (names.gender(surname) != null && more.find(end)) { // "Jan Peter Balkenende"
                end = more.end();
                surname = text.substring(more.start() + 1, end);
            }
            from = end;
            ms.add(new EntityMention(m.start(), end, text.substring(m.start(), end), EntityType.PER, MentionForm.NAME, null));
            for (int i = m.start(); i < end; i++) taken[i] = true;
            if (!surnames.contains(surname)) surnames.add(surname);
        }
        for (String s : surnames) {
            Matcher o = Pattern.compile("\\b" + Pattern.quote(s) + "s?\\b").matcher(text);
            while (o.find()) {
                if (taken[o.start()]) continue;
                for (int i = o.start(); i < o.end(); i++) taken[i] = true;
                ms.add(new EntityMention(o.start(), o.end(), o.group(), EntityType.PER, MentionForm.NAME, null));
            }
        }
        ms.sort(Comparator.comparingInt(EntityMention::begin));
        Article a = new Article(file.getFileName().toString(), null, file.toString(), null, null, text, List.of(), null, null);
        return AnalyzedArticle.of(a).withEntities(ms);
    }

    /** Groups of name mentions (by surface), as a canonical string. */
    static String groups(AnalyzedArticle doc) {
        Map<String, TreeSet<String>> byId = new TreeMap<>();
        for (EntityMention e : doc.entities()) {
            if (e.form() != MentionForm.NAME || e.type() != EntityType.PER) continue;
            byId.computeIfAbsent(e.entity(), k -> new TreeSet<>()).add(e.text());
        }
        List<String> gs = new ArrayList<>();
        for (TreeSet<String> g : byId.values()) gs.add(String.join(" | ", g));
        gs.sort(String::compareTo);
        return String.join(" || ", gs);
    }

    @Test
    void groupsMatchTheHandCheckedExpectations() throws Exception {
        Map<String, String> expected = new LinkedHashMap<>();
        for (String line : new String(getClass().getResourceAsStream("wikinews-groups.tsv").readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            expected.put(f[0], f[1]);
        }
        assertThat(expected).hasSizeGreaterThanOrEqualTo(20);
        ResolutionStage stage = new ResolutionStage();
        Map<String, String> got = new LinkedHashMap<>();
        for (Path p : articles()) {
            String name = p.getFileName().toString();
            if (expected.containsKey(name)) got.put(name, groups(stage.process(annotate(p))));
        }
        if (Boolean.getBoolean("newsgraph.printGroups")) got.forEach((k, v) -> System.out.println(k + "\t" + v));
        assertThat(got).containsExactlyInAnyOrderEntriesOf(expected);
    }

    public static void main(String[] args) throws Exception {
        ResolutionStage stage = new ResolutionStage();
        int n = 0;
        for (Path p : articles()) {
            AnalyzedArticle d = annotate(p);
            if (d.entities().size() < 3) continue;
            System.out.println(p.getFileName() + "\t" + groups(stage.process(d)));
            if (++n == Integer.parseInt(args[0])) break;
        }
    }
}
