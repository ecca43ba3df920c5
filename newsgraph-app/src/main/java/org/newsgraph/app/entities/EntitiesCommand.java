package org.newsgraph.app.entities;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.de.resolve.EntityRegistry;
import org.newsgraph.de.resolve.ResolutionStage;
import org.newsgraph.json.ArticleJson;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.Layer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsgraph entities FILE...}: the canonical entities of a set of analysed articles
 * (JSON Lines as written by {@code newsgraph analyze}) with their mention and article counts.
 */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "Show the canonical entities of analysed articles (JSON Lines from 'newsgraph analyze') with mention counts.")
public final class EntitiesCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "JSON Lines files of analysed articles")
    List<Path> files;

    @Option(names = "--type", description = "Only this type (PER, LOC, ORG, OTH)")
    String type;

    @Option(names = "--json", description = "One JSON object per entity instead of a table")
    boolean json;

    @Override
    public Integer call() throws Exception {
        EntityRegistry registry = new EntityRegistry();
        ResolutionStage resolve = null;
        int errors = 0;
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (Path f : files) {
            if (!Files.isReadable(f)) {
                System.err.println("newsgraph entities: " + f + ": cannot read");
                errors++;
                continue;
            }
            try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                String line;
                int n = 0;
                while ((line = r.readLine()) != null) {
                    n++;
                    if (line.isBlank()) continue;
                    try {
                        AnalyzedArticle doc = ArticleJson.read(line);
                        if (!doc.has(Layer.RESOLUTION) || doc.entityIndex().isEmpty() && !doc.entities().isEmpty()) {
                            if (resolve == null) resolve = new ResolutionStage();
                            doc = resolve.process(doc);
                        }
                        registry.add(doc);
                    } catch (Exception e) {
                        String msg = String.valueOf(e.getMessage()).lines().findFirst().orElse(e.getClass().getSimpleName());
                        System.err.println("newsgraph entities: " + f + ":" + n + ": " + msg);
                        errors++;
                    }
                }
            }
        }
        List<Map.Entry<String, EntityRegistry.Entry>> all = new ArrayList<>(registry.entities().entrySet());
        all.sort(Comparator.comparingInt((Map.Entry<String, EntityRegistry.Entry> e) -> -e.getValue().mentions()).thenComparing(Map.Entry::getKey));
        for (Map.Entry<String, EntityRegistry.Entry> en : all) {
            EntityRegistry.Entry e = en.getValue();
            if (type != null && !e.type().name().equalsIgnoreCase(type)) continue;
            if (json) {
                var node = ArticleJson.MAPPER.createObjectNode();
                node.put("id", en.getKey()).put("name", e.name()).put("type", e.type().name()).put("mentions", e.mentions())
                        .put("articles", e.articles());
                var v = node.putArray("variants");
                e.variants().forEach(v::add);
                if (e.wikidata() != null) node.put("wikidata", e.wikidata());
                out.println(node);
            } else {
                out.printf("%5d %4d  %-3s %-40s %s  %s%n", e.mentions(), e.articles(), e.type(), en.getKey(), e.name(),
                        String.join(" | ", e.variants()));
            }
        }
        return errors == 0 ? 0 : 1;
    }
}
