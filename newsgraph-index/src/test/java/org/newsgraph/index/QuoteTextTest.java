package org.newsgraph.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The text a quote is searched and shown by: the quoted words, without the marks that enclose a direct quote. */
class QuoteTextTest {
    @Test
    void enclosingQuotationMarksAreDropped() {
        assertThat(ArticleDocuments.withoutQuotationMarks("«Sie könnten immer noch gewinnen.»")).isEqualTo("Sie könnten immer noch gewinnen.");
        assertThat(ArticleDocuments.withoutQuotationMarks("„Das ist ein Donnerschlag aus heiterem Himmel“")).isEqualTo("Das ist ein Donnerschlag aus heiterem Himmel");
    }

    @Test
    void marksInsideAStatementStay() {
        // an indirect statement that ends in a partial quote keeps both of its marks
        String s = "sei dies «der beste Beweis dafür, dass Ungarn den richtigen Weg geht»";
        assertThat(ArticleDocuments.withoutQuotationMarks(s)).isEqualTo(s);
        assertThat(ArticleDocuments.withoutQuotationMarks("es gebe derzeit nichts mitzuteilen")).isEqualTo("es gebe derzeit nichts mitzuteilen");
    }
}
