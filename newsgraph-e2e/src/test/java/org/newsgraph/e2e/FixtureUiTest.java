package org.newsgraph.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.newsgraph.app.server.ApiServer;
import org.newsgraph.index.ArticleIndex;
import org.newsgraph.index.names.TransliterationKey;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.pipeline.Pipeline;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The web UI in headless Chromium over hand-built analysed articles with entities, quotes, times and
 * places (what the NLP stages will produce), so every highlight, list, chart, graph and map is driven
 * now. One server and one browser for the class; tests run in name order, so the article the XSS
 * test adds comes last (the tests do not depend on it, the screenshots of the others stay clean).
 */
@TestMethodOrder(MethodOrderer.MethodName.class)
class FixtureUiTest {
    static ArticleIndex index;
    static ApiServer server;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        index = ArticleIndex.inMemory(new TransliterationKey());
        for (AnalyzedArticle a : UiFixtures.all()) index.add(a);
        index.commit();
        server = new ApiServer(index, Pipeline.of(), ApiServer.DEFAULT_MAX_UPLOAD).start("127.0.0.1", 0);
        browser = new Browser("http://127.0.0.1:" + server.port());
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.close();
        if (server != null) server.close();
        if (index != null) index.close();
    }

    @AfterEach
    void consoleIsClean() {
        assertThat(browser.consoleErrors()).as("browser console errors").isEmpty();
    }

    @Test
    void searchShowsHighlightedHitsFacetsAndHistogramAndPutsFiltersInTheUrl() throws Exception {
        browser.open("/");
        assertThat(browser.texts(".hit h2")).contains("Streit um Gipfel in Budapest", "Selenskyj will Patriot-Systeme kaufen",
                "Selenskyj setzt auf Patriot-Systeme aus den USA", "Gipfel in Alaska");
        browser.screenshots("search-all");
        WebElement box = browser.el("#q");
        box.sendKeys("Budapest", Keys.ENTER);
        Browser.waitFor("search in URL", () -> browser.path().equals("/?q=Budapest"));
        browser.ready();
        assertThat(browser.texts(".hit h2")).containsExactly("Streit um Gipfel in Budapest");
        assertThat(browser.texts(".hit .snippet mark")).contains("Budapest");
        assertThat(browser.el(".summary").getText()).startsWith("1 article");
        assertThat(browser.driver.findElements(By.cssSelector(".chart rect"))).isNotEmpty();
        assertThat(browser.driver.findElements(By.cssSelector(".facet")).stream().map(f -> f.getAttribute("aria-label")).toList()).contains("People & organisations", "Speakers", "Places", "Agency", "Month");
        assertThat(browser.texts(".facet[aria-label='Speakers'] .fl")).containsExactlyInAnyOrder("Roderich Kiesewetter", "Marie-Agnes Strack-Zimmermann");
        assertThat(browser.texts(".facet[aria-label='Month'] .fl")).containsExactly("Oct 2025");
        browser.screenshots("search");

        // A facet narrows the search and is part of the URL, so the page can be shared and reloaded.
        browser.open("/");
        WebElement kiew = browser.driver.findElements(By.cssSelector(".facet[aria-label='Places'] a")).stream()
                .filter(a -> a.getText().startsWith("Kiew")).findFirst().orElseThrow();
        browser.clickAndWait(kiew);
        assertThat(browser.path()).isEqualTo("/?place=" + Browser.enc("loc:Q1899"));
        assertThat(browser.texts(".hit h2")).containsExactlyInAnyOrder("Selenskyj will Patriot-Systeme kaufen", "Selenskyj setzt auf Patriot-Systeme aus den USA");
        assertThat(browser.texts(".chips .chip")).singleElement().asString().contains("Place: Kiew");
        browser.open("/?place=" + Browser.enc("loc:Q1899") + "&speaker=" + Browser.enc("per:Q22686"));
        assertThat(browser.texts(".hit h2")).containsExactly("Selenskyj setzt auf Patriot-Systeme aus den USA");
        assertThat(browser.texts(".chips .chip")).containsExactly("Speaker: Donald Trump ×", "Place: Kiew ×");
        browser.clickAndWait(browser.driver.findElements(By.cssSelector(".chips .chip")).get(1));
        assertThat(browser.path()).isEqualTo("/?speaker=" + Browser.enc("per:Q22686"));
        // a bar of the histogram filters to its day
        browser.open("/?month=2025-08");
        assertThat(browser.texts(".hit h2")).containsExactly("Gipfel in Alaska");
        browser.clickAndWait(browser.el(".chart a"));
        assertThat(browser.path()).contains("from=2025-08-16").contains("to=2025-08-16");
        assertThat(browser.texts(".hit h2")).containsExactly("Gipfel in Alaska");
        assertThat(browser.overflowAtPhoneWidth()).as("horizontal overflow at phone width").isLessThanOrEqualTo(0);
    }

    @Test
    void articleHighlightsEntitiesQuotesAndTimesAndListsEntitiesAndPlaces() throws Exception {
        browser.open("/article/gipfel-1");
        assertThat(browser.el("article h1").getText()).isEqualTo("Streit um Gipfel in Budapest");
        assertThat(browser.el("article .meta").getText()).contains("21 Oct 2025").contains("Washington/Budapest (dpa)");
        assertThat(browser.el(".articletext .dateline").getText()).isEqualTo("Washington/Budapest (dpa) -");
        assertThat(browser.texts(".articletext a.ent-PER")).contains("Roderich Kiesewetter", "Kiesewetter", "Marie-Agnes Strack-Zimmermann", "Putin");
        assertThat(browser.texts(".articletext .ent-ORG")).contains("Handelsblatt", "EU");
        assertThat(browser.texts(".articletext .quote")).hasSize(2);
        // hover: the quote names its speaker and type
        WebElement quote = browser.driver.findElements(By.cssSelector(".articletext .quote")).get(0);
        assertThat(quote.getText()).startsWith("Sollte Ungarn den Kriegsverbrecher Putin");
        WebElement tip = browser.driver.findElement(By.id(quote.getAttribute("aria-describedby")));
        assertThat(tip.isDisplayed()).isFalse();
        browser.hover(quote);
        Browser.waitFor("tooltip on hover", tip::isDisplayed);
        assertThat(tip.getText()).contains("Roderich Kiesewetter").contains("direct quote").contains("in Handelsblatt");
        browser.screenshots("article-hover");
        // the pronoun "sie" is resolved: the tooltip names Strack-Zimmermann
        assertThat(browser.driver.findElements(By.cssSelector(".articletext .quote")).get(1).getAttribute("data-speaker"))
                .isEqualTo("Marie-Agnes Strack-Zimmermann");
        // time: normalised value on focus, reached with the keyboard
        new Actions(browser.driver).moveByOffset(-300, 300).perform();
        browser.el("article h1").click();
        WebElement focused = null;
        for (int i = 0; i < 80; i++) {
            new Actions(browser.driver).sendKeys(Keys.TAB).perform();
            focused = browser.driver.switchTo().activeElement();
            if ("time".equals(focused.getTagName())) break;
        }
        assertThat(focused.getTagName()).isEqualTo("time");
        WebElement timeTip = focused.findElement(By.cssSelector(".tip"));
        Browser.waitFor("time tooltip on focus", timeTip::isDisplayed);
        assertThat(timeTip.getText()).contains("2025-10-23");
        assertThat(focused.getText()).startsWith("am Donnerstag");
        // side list: entities by type with links, quotes, and a small map of the places
        assertThat(browser.texts(".side .entlist a")).contains("Roderich Kiesewetter", "Wladimir Putin", "Handelsblatt", "Budapest", "Ungarn");
        assertThat(browser.driver.findElements(By.cssSelector(".side .map a.dot"))).hasSize(3);
        assertThat(browser.texts(".sidequotes li")).anySatisfy(t -> assertThat(t).startsWith("Roderich Kiesewetter (direct)"));
        browser.screenshots("article");
        browser.clickAndWait(browser.driver.findElements(By.cssSelector(".side .entlist a")).stream()
                .filter(a -> a.getText().equals("Roderich Kiesewetter")).findFirst().orElseThrow());
        assertThat(browser.path()).isEqualTo("/entity/" + "per%3AQ108153");
        assertThat(browser.el("h1").getText()).startsWith("Roderich Kiesewetter");
        assertThat(browser.el(".facts").getText()).contains("CDU-Außenpolitiker").contains("CDU");
    }

    @Test
    void entityPageShowsQuotesNewestFirstChartAndNetwork() throws Exception {
        browser.open("/entity/" + Browser.enc("per:Q3695350"));
        assertThat(browser.el("h1").getText()).startsWith("Wolodymyr Selenskyj");
        assertThat(browser.el(".facts").getText()).contains("Zelensky").contains("ukrainischer Präsident").contains("Q3695350");
        WebElement by = browser.el("section[aria-label='Quotes by Wolodymyr Selenskyj']");
        List<String> quotes = by.findElements(By.cssSelector("blockquote")).stream().map(WebElement::getText).toList();
        assertThat(quotes).hasSize(2);
        assertThat(quotes.get(0)).startsWith("Sehr konkret arbeiten wir mit Amerika");  // 22 Oct, newest first
        assertThat(quotes.get(1)).isEqualTo("Das ist keine einfache Aufgabe");
        assertThat(by.findElements(By.cssSelector(".meta a")).stream().map(WebElement::getText).toList())
                .contains("Selenskyj will Patriot-Systeme kaufen");
        assertThat(browser.driver.findElements(By.cssSelector("section[aria-label='Mentions over time'] .chart rect"))).hasSize(2);
        List<String> network = browser.driver.findElements(By.cssSelector(".graph a.node")).stream().map(a -> a.getAttribute("aria-label")).toList();
        assertThat(network).anySatisfy(n -> assertThat(n).startsWith("Kiew: 2 shared articles"))
                .anySatisfy(n -> assertThat(n).startsWith("Donald Trump: 1 shared article"));
        browser.screenshots("entity");
        // drag a node: it moves and the page stays; then a click opens that entity
        WebElement node = browser.driver.findElements(By.cssSelector(".graph a.node")).get(0);
        String before = node.getAttribute("transform");
        new Actions(browser.driver).clickAndHold(node).moveByOffset(40, 25).release().perform();
        assertThat(node.getAttribute("transform")).isNotEqualTo(before);
        assertThat(browser.path()).startsWith("/entity/per%3AQ3695350");
        WebElement kiew = browser.driver.findElements(By.cssSelector(".graph a.node")).stream()
                .filter(a -> a.getAttribute("aria-label").startsWith("Kiew")).findFirst().orElseThrow();
        browser.clickAndWait(kiew);
        assertThat(browser.el("h1").getText()).startsWith("Kiew");
        assertThat(browser.el(".facts").getText()).contains("50.455, 30.524 (UA)");

        // quotes about an entity: Kiesewetter's quote names Putin
        browser.open("/entity/" + Browser.enc("per:Q7747"));
        WebElement about = browser.el("section[aria-label='Quotes about Wladimir Putin']");
        assertThat(about.findElements(By.cssSelector("blockquote")).stream().map(WebElement::getText).toList())
                .anySatisfy(q -> assertThat(q).startsWith("Sollte Ungarn den Kriegsverbrecher Putin"));
        assertThat(about.getText()).contains("Roderich Kiesewetter").contains("in Handelsblatt");
    }

    @Test
    void quoteExplorerFiltersBySpeakerTypeOutletAndDate() throws Exception {
        browser.open("/quotes");
        assertThat(browser.el(".summary").getText()).startsWith("5 quotes");
        List<String> dates = browser.driver.findElements(By.cssSelector(".quotes .meta")).stream().map(WebElement::getText).toList();
        assertThat(dates.get(0)).contains("22 Oct 2025");
        WebElement speaker = browser.el("#qf-speaker");
        speaker.sendKeys("Selenskyj", Keys.ENTER);
        Browser.waitFor("speaker in URL", () -> browser.path().equals("/quotes?speaker=Selenskyj"));
        browser.ready();
        assertThat(browser.texts(".quotes blockquote")).hasSize(2);
        browser.open("/quotes?type=indirect");
        assertThat(browser.texts(".quotes blockquote")).containsExactly("er glaube nicht, dass die Ukraine den Krieg gewinnen könne");
        assertThat(browser.el("#qf-type").getAttribute("value")).isEqualTo("indirect");
        browser.open("/quotes?outlet=Handelsblatt");
        assertThat(browser.texts(".quotes blockquote")).singleElement().asString().startsWith("Sollte Ungarn");
        browser.open("/quotes?from=2025-10-22&to=2025-10-31");
        assertThat(browser.texts(".quotes blockquote")).hasSize(2);
        browser.open("/quotes");
        browser.screenshots("quotes");
        WebElement link = browser.driver.findElements(By.cssSelector(".quotes .meta a")).stream()
                .filter(a -> a.getText().equals("Streit um Gipfel in Budapest")).findFirst().orElseThrow();
        browser.clickAndWait(link);
        assertThat(browser.path()).isEqualTo("/article/gipfel-1");
    }

    @Test
    void mapShowsThePlacesOfTheSearchSizedByCountAndClickable() throws Exception {
        browser.open("/map");
        assertThat(browser.driver.findElements(By.cssSelector(".land path")).size()).isGreaterThan(150);
        List<WebElement> dots = browser.driver.findElements(By.cssSelector(".mappage a.dot"));
        assertThat(dots).hasSize(5);
        double kiew = radius("Kiew"), budapest = radius("Budapest");
        assertThat(kiew).as("Kiew (2 articles) drawn bigger than Budapest (1)").isGreaterThan(budapest);
        assertThat(browser.texts(".placetable tbody tr")).hasSize(5);
        browser.screenshots("map");
        // keyboard: + zooms the focused map
        WebElement svg = browser.el(".mappage .mapsvg");
        String view = svg.getDomAttribute("viewBox");
        assertThat(view).isNotBlank();
        svg.sendKeys("+");
        assertThat(svg.getDomAttribute("viewBox")).isNotEqualTo(view);
        // the map of a search shows only its places; a click lists the articles of a place
        browser.open("/map?q=Budapest");
        assertThat(browser.driver.findElements(By.cssSelector(".mappage a.dot")).stream().map(a -> a.getAttribute("aria-label")).toList())
                .containsExactlyInAnyOrder("Washington (US): 1 article", "Budapest (HU): 1 article", "Ungarn (HU): 1 article");
        WebElement dot = browser.driver.findElements(By.cssSelector(".mappage a.dot")).stream()
                .filter(a -> a.getAttribute("aria-label").startsWith("Budapest")).findFirst().orElseThrow();
        // keyboard: Enter on a focused place opens its articles (Budapest lies under Ungarn's circle for the mouse)
        browser.js("arguments[0].focus()", dot);
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        Browser.waitFor("place filter", () -> browser.path().equals("/?q=Budapest&place=" + Browser.enc("loc:Q1781")));
        browser.ready();
        assertThat(browser.texts(".hit h2")).containsExactly("Streit um Gipfel in Budapest");
    }

    private static double radius(String place) {
        WebElement a = browser.driver.findElements(By.cssSelector(".mappage a.dot")).stream()
                .filter(x -> x.getAttribute("aria-label").startsWith(place)).findFirst().orElseThrow();
        return Double.parseDouble(a.findElement(By.cssSelector("circle")).getAttribute("r"));
    }

    @Test
    void keyboardSlashFocusesSearchAndTabReachesQuotes() {
        browser.open("/article/gipfel-1");
        browser.el("article h1").click();
        new Actions(browser.driver).sendKeys("/").perform();
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("q");
        new Actions(browser.driver).sendKeys("Selenskyj", Keys.ENTER).perform();
        Browser.waitFor("search", () -> browser.path().equals("/?q=Selenskyj"));
        browser.ready();
        assertThat(browser.texts(".hit h2")).hasSize(2);
        // after navigation the focus is on the page heading, so Tab continues in the new page
        assertThat(browser.driver.switchTo().activeElement().getTagName()).isEqualTo("h1");
    }

    @Test
    void textFromArticlesIsAlwaysEscaped() throws Exception {
        String line = "{\"id\": \"xss-1\", \"date\": \"2025-10-21\", \"title\": \"<script>window.__xss = 1</script>Angriff <b>fett</b>\", "
                + "\"text\": \"Berlin (dpa) - Ein Text mit <img src=x onerror=\\\"window.__xss = 2\\\"> und <a href=\\\"javascript:alert(1)\\\" "
                + "onmouseover=\\\"window.__xss = 3\\\">Link</a> über Skripte.\"}\n";
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(browser.base + "/api/articles"))
                .POST(HttpRequest.BodyPublishers.ofString(line, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.body()).contains("\"ingested\":1");
        browser.open("/?q=Skripte");
        assertThat(browser.texts(".hit h2")).containsExactly("<script>window.__xss = 1</script>Angriff <b>fett</b>");
        assertThat(browser.el(".hit .snippet").getText()).contains("\">Link</a> über");
        assertThat(browser.texts(".hit .snippet mark")).containsExactly("Skripte");
        browser.screenshots("xss-search");
        browser.clickAndWait(browser.el(".hit h2 a"));
        assertThat(browser.el("article h1").getText()).isEqualTo("<script>window.__xss = 1</script>Angriff <b>fett</b>");
        assertThat(browser.el(".articletext").getText()).contains("<img src=x onerror=\"window.__xss = 2\">").contains("onmouseover=");
        new Actions(browser.driver).moveToElement(browser.el(".articletext")).perform();
        assertThat(browser.js("return typeof window.__xss")).isEqualTo("undefined");
        assertThat(browser.driver.findElements(By.cssSelector("main img, main script, main b, .articletext a[href^='javascript']"))).isEmpty();
        browser.screenshots("xss-article");
    }

    @Test
    void everyPageLoadsUnder200KbOfJavaScriptAndFitsAPhone() {
        for (String page : List.of("/", "/article/gipfel-1", "/entity/" + Browser.enc("per:Q3695350"), "/quotes", "/map")) {
            browser.open(page);
            long bytes = (Long) browser.js("return performance.getEntriesByType('resource').filter(e => e.initiatorType === 'script' "
                    + "|| e.name.endsWith('.js')).reduce((s, e) => s + (e.decodedBodySize || 0), 0)");
            assertThat(bytes).as(page).isPositive().isLessThan(200 * 1024);
            assertThat(browser.overflowAtPhoneWidth()).as(page + ": sideways overflow at phone width").isLessThanOrEqualTo(0);
        }
    }
}
