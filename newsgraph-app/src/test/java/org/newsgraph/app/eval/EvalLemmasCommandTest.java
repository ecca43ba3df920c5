package org.newsgraph.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.app.Main;

class EvalLemmasCommandTest {
    private static final String CONLLU = String.join("\n",
            "# sent_id = s1",
            "# text = Die Russen seien in die Stadt eingesickert.",
            "1\tDie\tder\tDET\tART\t_\t2\tdet\t_\t_",
            "2\tRussen\tRusse\tNOUN\tNN\t_\t7\tnsubj\t_\t_",
            "3\tseien\tsein\tAUX\tVAFIN\t_\t7\taux\t_\t_",
            "4\tin\tin\tADP\tAPPR\t_\t6\tcase\t_\t_",
            "5\tdie\tder\tDET\tART\t_\t6\tdet\t_\t_",
            "6\tStadt\tStadt\tNOUN\tNN\t_\t7\tobl\t_\t_",
            "7\teingesickert\teinsickern\tVERB\tVVPP\t_\t0\troot\t_\tSpaceAfter=No",
            "8\t.\t.\tPUNCT\t$.\t_\t7\tpunct\t_\t_",
            "",
            "# sent_id = s2",
            "# text = Zum Schluss kam Putin.",
            "1-2\tZum\t_\t_\t_\t_\t_\t_\t_\t_",
            "1\tZu\tzu\tADP\tAPPR\t_\t3\tcase\t_\t_",
            "2\tdem\tder\tDET\tART\t_\t3\tdet\t_\t_",
            "3\tSchluss\tSchluss\tNOUN\tNN\t_\t4\tobl\t_\t_",
            "4\tkam\tkommen\tVERB\tVVFIN\t_\t0\troot\t_\t_",
            "5\tPutin\tPutin\tPROPN\tNE\t_\t4\tnsubj\t_\tSpaceAfter=No",
            "6\t.\t.\tPUNCT\t$.\t_\t4\tpunct\t_\t_",
            "", "");

    @Test
    void alignsGoldWordsLikeTheScorer(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("x.conllu");
        Files.writeString(f, CONLLU);
        List<EvalLemmasCommand.GoldSentence> s = EvalLemmasCommand.read(f);
        assertThat(s).hasSize(2);
        // the words of the multiword token "Zum" get no offsets, as in score_lemmas.py
        assertThat(s.get(1).words()).extracting(EvalLemmasCommand.Gold::lemma).containsExactly("Schluss", "kommen", "Putin", ".");
        assertThat(s.get(0).words().get(6)).isEqualTo(new EvalLemmasCommand.Gold(30, 42, "einsickern", "VERB"));
    }

    @Test
    void printsAccuracyAndTokenMatch(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("x.conllu");
        Files.writeString(f, CONLLU);
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.run("eval", "lemmas", f.toString());
        } finally {
            System.setOut(old);
        }
        assertThat(code).isZero();
        String out = buf.toString(StandardCharsets.UTF_8);
        // content words: Russen, Stadt, eingesickert, Schluss, kam, Putin
        assertThat(out).contains("content tokens 6, offsets matched 6").contains("lemma_acc=1.0000 token_match=1.0000");
    }

    @Test
    void missingFileFailsClearly() {
        assertThat(Main.run("eval", "lemmas", "/nonexistent/x.conllu")).isNotZero();
    }
}
