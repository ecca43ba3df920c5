package org.newsgraph.de.time;

import static org.newsgraph.de.time.TimeWords.DAYPART;
import static org.newsgraph.de.time.TimeWords.MONTH;
import static org.newsgraph.de.time.TimeWords.NUMBER;
import static org.newsgraph.de.time.TimeWords.SEASON;
import static org.newsgraph.de.time.TimeWords.UNIT;
import static org.newsgraph.de.time.TimeWords.VAGUE_NUMBER;
import static org.newsgraph.de.time.TimeWords.WEEKDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.de.time.Candidate.Resolution;
import org.newsgraph.de.time.Candidate.Resolver;
import org.newsgraph.model.TimeType;
import org.newsgraph.model.Token;

/**
 * Our own rules for German time expressions (written for newsgraph, not derived from HeidelTime):
 * each rule is a regular expression over the sentence text and a handler that turns a match into
 * candidates with a resolver computing the TIMEX3 value in context. Overlapping candidates are
 * settled by {@link #find}: the longest wins, then the rule's priority.
 *
 * <p>Extents: absolute expressions are the date itself ("21. Oktober 2025", "Frühjahr 2026");
 * expressions whose value depends on the article date or an earlier time include the preposition
 * and article that locate them ("am Donnerstag", "im August", "in der vergangenen Woche",
 * "am selben Tag"), as the article contract shows.
 */
final class TimeGrammar {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String B = "(?<![\\p{L}\\p{N}])";
    private static final String E = "(?![\\p{L}\\p{N}])";
    private static final String DAY = "(0?[1-9]|[12]\\d|3[01])\\.";
    private static final String YEAR = "(?:\\d{1,4}\\s*v\\.\\s*Chr\\.|(?:1\\d{3}|20\\d{2})(?![\\p{N}])(?:\\s*n\\.\\s*Chr\\.)?)";
    private static final String REL = "(?:vergangen|letzt|vorig|kommend|nächst|folgend|neu|darauffolgend|darauf\\s+folgend|dies|laufend|selb|gleich"
            + "|vorangegangen|vorausgegangen|jen|derselb|desselb|demselb|dieselb|dasselb)(?:e[mnrs]?)?";
    private static final String YEAR_PHRASE = "(?:(?:des\\s+Jahres\\s+|Jahres\\s+)?" + YEAR
            + "|(?:(?:des|dem|im)\\s+)?" + REL + "\\s+Jahr(?:es|s|e)?|des\\s+Jahres)";
    private static final String QMOD = "(?:rund|etwa|ungefähr|circa|ca\\.|knapp|fast|beinahe|gut|über|mehr\\s+als|weniger\\s+als"
            + "|mindestens|höchstens|annähernd|nahezu|bis\\s+zu)";
    private static final String PART = "(?:Anfang|Mitte|Ende|Beginn|Ausgang)";
    private static final Set<String> LOCATING = Set.of("am", "im", "an", "in", "des");

    interface Handler {
        void apply(Matcher m, Scan s);
    }

    private record Rule(String name, Pattern pattern, Handler handler, int priority, int triggers) {
    }

    // Word classes one of which every match of a rule contains; a rule runs only in windows around them.
    private static final int DIGIT = 1, ORDINAL = 4096, MONTH_WORD = 2, WEEKDAY_WORD = 4, SEASON_WORD = 8, UNIT_WORD = 16, DAYPART_WORD = 32,
            TODAY_WORD = 64, VAGUE_WORD = 128, HOLIDAY_WORD = 256, CLOCK_WORD = 512, SET_WORD = 1024, OTHER_WORD = 2048;
    /** Keywords found inside a word ("Jahreshälfte", "Montagabend") or as the whole word ("mai", "uhr"), with their classes. */
    private static final Keywords KEYWORDS;

    static {
        java.util.Map<String, Integer> k = new java.util.HashMap<>();
        java.util.function.BiConsumer<Integer, String> inside = (c, words) -> {
            for (String w : words.split(" ")) k.merge(w, c, (a, b) -> a | b);
        };
        java.util.function.BiConsumer<Integer, String> whole = (c, words) -> {
            for (String w : words.split(" ")) k.merge(Keywords.whole(w), c, (a, b) -> a | b);
        };
        inside.accept(MONTH_WORD, "januar jänner februar feber märz april juni juli august september oktober november dezember");
        whole.accept(MONTH_WORD, "mai mais jan feb febr mrz mär apr jun jul aug sep sept okt nov dez");
        inside.accept(WEEKDAY_WORD, "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag");
        inside.accept(SEASON_WORD, "frühjahr frühling sommer herbst winter");
        inside.accept(UNIT_WORD, "jahr monat woche stunde minute sekunde quartal jahrzehnt tagelang");
        whole.accept(UNIT_WORD, "tag tage tagen tages tags vortag vortages vortags folgetag folgetage folgetagen folgetages folgetags");
        inside.accept(DAYPART_WORD, "morgen abend nacht mittag");
        whole.accept(TODAY_WORD, "heute gestern vorgestern morgen übermorgen");
        whole.accept(VAGUE_WORD, "derzeit zurzeit zeit momentan mittlerweile jetzt heutzutage nunmehr gegenwärtig aktuell damals einst kürzlich"
                + " unlängst kurzem seinerzeit zwischenzeitlich vergangenheit bald demnächst künftig zukünftig zukunft später folgezeit folge kürze fortan");
        inside.accept(VAGUE_WORD, "heutig");
        inside.accept(HOLIDAY_WORD, "weihnacht heilig silvester neujahr ostern pfingsten einheit");
        whole.accept(CLOCK_WORD, "uhr");
        whole.accept(SET_WORD, "jede jedem jeden jeder jedes alle pro je");
        inside.accept(SET_WORD, "täglich wöchentlich monatlich jährlich stündlich");
        inside.accept(OTHER_WORD, "hälfte datum tägig wöchig monatig jährig stündig minütig mitternacht folge lang");
        whole.accept(OTHER_WORD, "später darauf danach zuvor vorher davor nachts chr chr. jh jh.");
        KEYWORDS = new Keywords(k);
    }

    private static final java.util.Map<String, Integer> TRIGGERS = java.util.Map.ofEntries(
            java.util.Map.entry("iso", DIGIT), java.util.Map.entry("numeric", ORDINAL), java.util.Map.entry("day-month", MONTH_WORD),
            java.util.Map.entry("day-range", MONTH_WORD), java.util.Map.entry("bare-day", ORDINAL), java.util.Map.entry("month-year", MONTH_WORD),
            java.util.Map.entry("month-range", MONTH_WORD), java.util.Map.entry("month", MONTH_WORD), java.util.Map.entry("year-word", UNIT_WORD | OTHER_WORD),
            java.util.Map.entry("bc-year", DIGIT | OTHER_WORD), java.util.Map.entry("year", DIGIT), java.util.Map.entry("year-range", DIGIT),
            java.util.Map.entry("century", UNIT_WORD | OTHER_WORD), java.util.Map.entry("decade", UNIT_WORD), java.util.Map.entry("season", SEASON_WORD),
            java.util.Map.entry("half-quarter", UNIT_WORD | OTHER_WORD), java.util.Map.entry("year-boundary", UNIT_WORD),
            java.util.Map.entry("holiday", HOLIDAY_WORD), java.util.Map.entry("today", TODAY_WORD), java.util.Map.entry("weekday", WEEKDAY_WORD),
            java.util.Map.entry("weekend", UNIT_WORD), java.util.Map.entry("relative-unit", UNIT_WORD | SEASON_WORD | DAYPART_WORD),
            java.util.Map.entry("part-of-unit", UNIT_WORD), java.util.Map.entry("ago", UNIT_WORD), java.util.Map.entry("ahead", UNIT_WORD),
            java.util.Map.entry("later", UNIT_WORD), java.util.Map.entry("after", UNIT_WORD), java.util.Map.entry("shortly", OTHER_WORD | VAGUE_WORD),
            java.util.Map.entry("neighbour", UNIT_WORD | DAYPART_WORD), java.util.Map.entry("day-after", UNIT_WORD), java.util.Map.entry("this-date", OTHER_WORD),
            java.util.Map.entry("duration", UNIT_WORD), java.util.Map.entry("vague-stretch", UNIT_WORD | OTHER_WORD), java.util.Map.entry("vague-offset", UNIT_WORD),
            java.util.Map.entry("following-years", UNIT_WORD), java.util.Map.entry("duration-adverb", UNIT_WORD | OTHER_WORD),
            java.util.Map.entry("duration-adjective", OTHER_WORD), java.util.Map.entry("decades", UNIT_WORD), java.util.Map.entry("every", SET_WORD),
            java.util.Map.entry("regularly", SET_WORD), java.util.Map.entry("per-unit", SET_WORD), java.util.Map.entry("clock", CLOCK_WORD),
            java.util.Map.entry("day-part", DAYPART_WORD | OTHER_WORD), java.util.Map.entry("nightly", OTHER_WORD),
            java.util.Map.entry("present", VAGUE_WORD), java.util.Map.entry("past", VAGUE_WORD), java.util.Map.entry("future", VAGUE_WORD));

    private final List<Rule> rules = new ArrayList<>();

    TimeGrammar() {
        absoluteDates();
        monthsAndYears();
        seasonsAndPeriods();
        deictic();
        anaphoric();
        durations();
        sets();
        clockAndDayParts();
        vague();
    }

    private void rule(String name, int priority, String regex, Handler h) {
        Integer triggers = TRIGGERS.get(name);
        if (triggers == null) throw new IllegalStateException("rule " + name + " has no trigger words");
        rules.add(new Rule(name, Pattern.compile(regex, FLAGS), h, priority, triggers));
    }

    /** Candidate time expressions in {@code text[from, to)}, not overlapping, in text order. */
    List<Candidate> find(String text, int from, int to, List<Token> tokens) {
        List<Candidate> all = new ArrayList<>();
        // word classes of the tokens; most are 0
        List<Token> hotTokens = new ArrayList<>();
        List<Integer> classes = new ArrayList<>();
        for (Token t : tokens) {
            if (t.end() <= from || t.begin() >= to) continue;
            int c = classify(text, t);
            if (c != 0) {
                hotTokens.add(t);
                classes.add(c);
            }
        }
        if (hotTokens.isEmpty()) return all;
        int present = 0;
        for (int c : classes) present |= c;
        for (Rule r : rules) {
            if ((present & r.triggers()) == 0) continue;
            Scan s = new Scan(text, tokens, all, r.priority());
            Matcher m = r.pattern().matcher(text);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            int tried = -1;
            for (int i = 0; i < hotTokens.size(); i++) {
                if ((classes.get(i) & r.triggers()) == 0) continue;
                Token key = hotTokens.get(i);
                // a match contains its key word and starts at a token at most REACH characters before it
                for (int j = firstTokenFrom(tokens, Math.max(from, key.begin() - REACH), tried + 1); j < tokens.size(); j++) {
                    Token start = tokens.get(j);
                    if (start.begin() > key.begin()) break;
                    tried = start.begin();
                    if (!Character.isLetterOrDigit(text.charAt(start.begin()))) continue; // no expression starts with punctuation
                    m.region(start.begin(), Math.min(to, start.begin() + MAX_LENGTH));
                    if (m.lookingAt() && m.end() > m.start()) r.handler().apply(m, s);
                }
            }
        }
        all.sort((a, b) -> a.length() != b.length() ? b.length() - a.length()
                : a.priority() != b.priority() ? b.priority() - a.priority() : a.begin() - b.begin());
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : all) {
            if (c.end() <= c.begin()) continue;
            boolean free = true;
            for (Candidate k : kept) if (c.begin() < k.end() && k.begin() < c.end()) { free = false; break; }
            if (free) kept.add(c);
        }
        kept.sort((a, b) -> a.begin() - b.begin());
        return mergeDayParts(text, kept);
    }

    /** The word classes of a token (bits), 0 for the many words that are none. */
    private static int classify(String text, Token t) {
        int c = 0, digits = 0, run = 0, leading = 0;
        boolean yearish = false;
        for (int i = t.begin(); i < t.end(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                digits++;
                run++;
                if (i == t.begin() + leading) leading++;
            } else {
                yearish |= run == 3 || run == 4;
                run = 0;
            }
        }
        yearish |= run == 3 || run == 4;
        if (digits > 0) {
            // a year-like number ("1941", "2025-10-21") or a day/ordinal with its dot ("21.", "21.10.2025"); not "120,5"
            if (yearish) c |= DIGIT;
            int afterLeading = t.begin() + leading;
            boolean dotAfter = afterLeading < text.length() && text.charAt(afterLeading) == '.';
            if (leading > 0 && leading <= 2 && dotAfter) c |= ORDINAL;
        }
        c |= KEYWORDS.bits(text, t.begin(), t.end());
        return c;
    }

    /** Index of the first token beginning at or after both offsets (binary search). */
    private static int firstTokenFrom(List<Token> tokens, int offset, int notBefore) {
        int target = Math.max(offset, notBefore), lo = 0, hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).begin() < target) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /**
     * Rules are tried only at token starts shortly before a word of their trigger classes (a number,
     * a month, a unit, "heute" ...), never across the whole text: that keeps forty patterns cheap.
     */
    private static final int REACH = 50;
    /** Longest expression a rule may match ("am frühen Morgen des 22. Juni 1941 v. Chr."). */
    private static final int MAX_LENGTH = 100;

    /** "am Abend" + "desselben Tages", "Morgen des" + "27. Mai 1905": a part of the day joins the date after it. */
    private static List<Candidate> mergeDayParts(String text, List<Candidate> in) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            Candidate c = in.get(i);
            if (c.dayPart() != null && i + 1 < in.size()) {
                Candidate d = in.get(i + 1);
                String gap = text.substring(c.end(), d.begin());
                if (d.type() == TimeType.DATE && d.dayPart() == null && gap.matches("(?i)\\s+(?:des|vom|am|dieses)?\\s*")) {
                    String part = c.dayPart();
                    Resolver date = d.resolver();
                    out.add(new Candidate(c.begin(), d.end(), TimeType.TIME, ctx -> withDayPart(date.resolve(ctx), part), c.priority(), null));
                    i++;
                    continue;
                }
            }
            out.add(c);
        }
        return out;
    }

    private static Resolution withDayPart(Resolution r, String part) {
        if (r == null || r.value() == null || !r.value().matches("(BC)?\\d{4}-\\d{2}-\\d{2}|XXXX-XX-XX")) return r;
        return new Resolution(r.value() + "T" + part, r.mod());
    }

    /** One rule's view of the sentence while it adds candidates. */
    static final class Scan {
        final String text;
        final List<Token> tokens;
        private final List<Candidate> out;
        private final int priority;

        Scan(String text, List<Token> tokens, List<Candidate> out, int priority) {
            this.text = text;
            this.tokens = tokens;
            this.out = out;
            this.priority = priority;
        }

        void add(int begin, int end, TimeType type, Resolver r) {
            out.add(new Candidate(begin, end, type, r, priority, null));
        }

        void addDayPart(int begin, int end, String part, Resolver r) {
            out.add(new Candidate(begin, end, TimeType.TIME, r, priority, part));
        }

        /** The token starting at or after {@code offset}, or null. */
        Token tokenFrom(int offset) {
            for (Token t : tokens) if (t.begin() >= offset) return t;
            return null;
        }

        /** The last token ending at or before {@code offset}, or null. */
        Token tokenBefore(int offset) {
            Token last = null;
            for (Token t : tokens) {
                if (t.end() > offset) break;
                last = t;
            }
            return last;
        }
    }

    // ---- resolution helpers ----

    private static Resolution fixed(String value) {
        return new Resolution(value, null);
    }

    static Anchor parseYear(String s) {
        String k = s.replaceAll("\\s+", " ").trim();
        Matcher m = Pattern.compile("(\\d{1,4})\\s*(v\\.)?").matcher(k);
        if (!m.find()) return null;
        return new Anchor(m.group(2) != null, Integer.parseInt(m.group(1)), 0, 0);
    }

    /** The year a year phrase names ("1940", "des folgenden Jahres", "dieses Jahres"), or null. */
    static Anchor yearOf(String phrase, TimeContext c) {
        if (phrase.matches("(?s).*\\d.*")) return parseYear(phrase.replaceAll("(?i)des\\s+Jahres|Jahres", ""));
        String k = phrase.toLowerCase(Locale.ROOT).replaceFirst("^(des|dem|im)\\s+", "");
        Integer dir = k.startsWith("jahres") ? Integer.valueOf(0) : TimeWords.direction(k);
        if (dir == null) dir = 0;
        Anchor ref = TimeWords.deictic(k) ? c.deictic() : c.anaphoric();
        if (ref == null) return null;
        Anchor y = ref.plus(Unit.YEAR, dir);
        return new Anchor(y.bc(), y.year(), 0, 0);
    }

    private static String yearValue(Anchor y) {
        return y == null ? "XXXX" : y.yearValue();
    }

    /** Year for a month (and day) without one: the article year moved by tense, else the narrative anchor's year. */
    static Anchor yearFor(int month, int day, TimeContext c) {
        if (c.documentDate() != null) {
            LocalDate d = c.documentDate();
            int y = d.getYear();
            int cmp = month != d.getMonthValue() ? Integer.compare(month, d.getMonthValue()) : Integer.compare(day, day == 0 ? 0 : d.getDayOfMonth());
            if (c.tense() == Tense.PAST && cmp > 0) y--;
            else if (c.tense() == Tense.FUTURE && cmp < 0) y++;
            return Anchor.year(y);
        }
        return c.anchor() == null ? null : new Anchor(c.anchor().bc(), c.anchor().year(), 0, 0);
    }

    private static String monthValue(Anchor year, int month) {
        return String.format("%s-%02d", yearValue(year), month);
    }

    private static Resolution dayMonth(int day, int month, Anchor year) {
        if (year != null && !year.bc()) {
            try {
                LocalDate.of(year.year(), month, day);
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        return fixed(String.format("%s-%02d-%02d", yearValue(year), month, day));
    }

    private static int weekdayDirection(Tense t) {
        return t == Tense.PAST ? -1 : t == Tense.FUTURE ? 1 : 0;
    }

    /** The day named by a weekday relative to {@code ref}: before in the past, after in the future, else the nearer one. */
    static LocalDate weekdayFrom(LocalDate ref, DayOfWeek dow, int direction) {
        if (ref.getDayOfWeek() == dow) return ref;
        LocalDate before = Anchor.weekday(ref, dow, -1), after = Anchor.weekday(ref, dow, 1);
        if (direction < 0) return before;
        if (direction > 0) return after;
        return ref.toEpochDay() - before.toEpochDay() <= after.toEpochDay() - ref.toEpochDay() ? before : after;
    }

    private static LocalDate refDay(Anchor a) {
        return a != null && a.hasDay() && !a.bc() ? a.date() : null;
    }

    /** Reference for a day-level anaphor ("am Vortag"): the last day mentioned, else the article date, else the anchor. */
    static Anchor dayReference(TimeContext c) {
        Anchor a = c.anaphoric();
        if ((a == null || !a.hasDay()) && c.documentDate() != null) return Anchor.of(c.documentDate());
        return a;
    }

    private static int start(Matcher m, int group, int otherwise) {
        return m.group(group) != null ? m.start(group) : otherwise;
    }

    private static boolean locating(String prep) {
        return prep != null && LOCATING.contains(prep.toLowerCase(Locale.ROOT).split("\\s+")[0]);
    }

    // ---- rule families ----

    private void absoluteDates() {
        rule("iso", 2, B + "(\\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])" + E, (m, s) -> {
            Resolution r = dayMonth(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Anchor.year(Integer.parseInt(m.group(1))));
            if (r != null) s.add(m.start(), m.end(), TimeType.DATE, c -> r);
        });
        rule("numeric", 2, "(?<![\\p{L}\\p{N}.,])" + DAY + "\\s?(0?[1-9]|1[0-2])\\.(?:\\s?(\\d{4}|\\d{2}))?(?![\\p{N}]|\\.\\d|\\p{L})", (m, s) -> {
            int day = Integer.parseInt(m.group(1)), month = Integer.parseInt(m.group(2));
            String y = m.group(3);
            s.add(m.start(), m.end(), TimeType.DATE, c -> {
                Anchor year;
                if (y == null) year = yearFor(month, day, c);
                else if (y.length() == 4) year = Anchor.year(Integer.parseInt(y));
                else {
                    int yy = Integer.parseInt(y);
                    Anchor ref = c.deictic();
                    int century = ref != null && !ref.bc() ? ref.year() / 100 * 100 : 1900;
                    int full = century + yy;
                    if (c.documentDate() != null && full > c.documentDate().getYear() + 1) full -= 100;
                    year = Anchor.year(full);
                }
                return dayMonth(day, month, year);
            });
        });
        // "Montag, den 3. Mai 1945", "21. Oktober 2025", "8. Mai", "28. Mai 1905", "1. Januar des folgenden Jahres"
        rule("day-month", 1, "(?:" + B + "(" + WEEKDAY + "),?\\s+(?:(?:den|dem)\\s+)?)?" + B + DAY + "\\s*(" + MONTH + ")(?:\\s+(" + YEAR_PHRASE + "))?", (m, s) -> {
            int day = Integer.parseInt(m.group(2)), month = TimeWords.month(m.group(3));
            String y = m.group(4);
            s.add(m.start(), m.end(), TimeType.DATE, c -> dayMonth(day, month, y != null ? yearOf(y, c) : yearFor(month, day, c)));
        });
        // "vom 8. bis 10. Mai 1945", "am 8. und 9. Mai": the first day takes month and year from the second
        rule("day-range", 3, B + DAY + "\\s*(?:(" + MONTH + ")\\s*)?(?:/|-|–|bis|und|auf|zum|auf\\s+den)\\s*(?:(?:zum|den|dem)\\s+)?" + DAY + "\\s*("
                + MONTH + ")(?:\\s+(" + YEAR_PHRASE + "))?", (m, s) -> {
            int day = Integer.parseInt(m.group(1));
            int month = TimeWords.month(m.group(2) != null ? m.group(2) : m.group(4));
            String y = m.group(5);
            int end = m.group(2) != null ? m.end(2) : m.start(1) + m.group(1).length() + 1;
            s.add(m.start(), end, TimeType.DATE, c -> dayMonth(day, month, y != null ? yearOf(y, c) : yearFor(month, day, c)));
        });
    }

    private void monthsAndYears() {
        // "am 24." after "am 23. August": a bare day in the month last mentioned
        rule("bare-day", 0, B + "(am|vom|bis\\s+zum|zum|ab\\s+dem|seit\\s+dem)\\s+" + DAY + "(?!\\s*(?:" + MONTH + "|\\d|/|-|–|bis|und|Jahrhundert|Jh))", (m, s) -> {
            int day = Integer.parseInt(m.group(2));
            Token next = s.tokenFrom(m.end());
            if (next != null && next.pos() != null && (next.pos().startsWith("NN") || next.pos().startsWith("ADJA"))) return; // "am 3. Tag"
            s.add(m.start(2), m.end(), TimeType.DATE, c -> {
                Anchor ref = c.anaphoric();
                if (ref == null || ref.month() == 0) return null;
                return dayMonth(day, ref.month(), new Anchor(ref.bc(), ref.year(), 0, 0));
            });
        });
        // "Oktober 2025", "Mitte April 2003", "Juni desselben Jahres", "März des folgenden Jahres"
        rule("month-year", 1, "(?:" + B + "(?:(gegen)\\s+)?(" + PART + ")\\s+)?" + B + "(" + MONTH + ")\\s+(" + YEAR_PHRASE + ")", (m, s) -> {
            int month = TimeWords.month(m.group(3));
            String mod = TimeWords.partMod(m.group(2));
            String y = m.group(4);
            s.add(m.start(), m.end(), TimeType.DATE, c -> new Resolution(monthValue(yearOf(y, c), month), mod));
        });
        // "Mai/Juni 1940", "Mai bis Juli 1919": the first month takes the year of the second
        rule("month-range", 3, B + "(" + MONTH + ")\\s*(?:/|-|–|bis|und|oder)\\s*(?:(?:zum|Anfang|Mitte|Ende)\\s+)?" + MONTH + "\\s+(" + YEAR_PHRASE + ")", (m, s) -> {
            int month = TimeWords.month(m.group(1));
            String y = m.group(2);
            s.add(m.start(1), m.end(1), TimeType.DATE, c -> fixed(monthValue(yearOf(y, c), month)));
        });
        // "im August", "Ende März", "seit Mai"; a bare month name needs such a word (August, Mai are names too)
        rule("month", 0, "(?:" + B + "(?:(gegen)\\s+)?(" + PART + ")\\s+|" + B + "(im|seit|bis|ab|vom|zum|bis\\s+zum|bis\\s+Ende|nach|vor|gegen|Monat|Monats|in\\s+den|den|und|oder)\\s+)?"
                + B + "(" + MONTH + ")(?!\\s*\\d|-\\p{L})", (m, s) -> {
            String prep = m.group(3);
            if (m.group(2) == null && prep == null) {
                String after = s.text.substring(m.end(), Math.min(s.text.length(), m.end() + 24));
                if (!Pattern.compile("^\\s*(?:/|-|–|bis|und|oder)\\s*(?:Anfang\\s+|Mitte\\s+|Ende\\s+)?" + MONTH, FLAGS).matcher(after).find()) return;
            }
            if (prep != null && prep.matches("(?i)und|oder")) {
                // "Mai und Juni": only when another month is right before
                String before = s.text.substring(Math.max(0, m.start() - 14), m.start());
                if (!Pattern.compile(MONTH + "\\s*$", FLAGS).matcher(before).find()) return;
            }
            int month = TimeWords.month(m.group(4));
            String mod = TimeWords.partMod(m.group(2));
            int begin = m.group(2) != null ? start(m, 1, m.start(2)) : prep != null && prep.equalsIgnoreCase("im") ? m.start(3) : m.start(4);
            s.add(begin, m.end(), TimeType.DATE, c -> new Resolution(monthValue(yearFor(month, 0, c), month), mod));
        });
        rule("year-word", 2, "(?:" + B + "(?:(gegen)\\s+)?(" + PART + ")\\s+(?:des\\s+)?)?" + B + "(Jahre?s?)\\s+(\\d{3,4}(?![\\p{N}])(?:\\s*v\\.\\s*Chr\\.)?|\\d{1,2}\\s*v\\.\\s*Chr\\.)", (m, s) -> {
            Anchor y = parseYear(m.group(4));
            String mod = TimeWords.partMod(m.group(2));
            boolean explicitEra = m.group(4).contains("v");
            s.add(m.start(), m.end(), TimeType.DATE, c -> {
                boolean bc = y.bc() || !explicitEra && c.anchor() != null && c.anchor().bc() && y.year() < 1000;
                return new Resolution(new Anchor(bc, y.year(), 0, 0).yearValue(), mod);
            });
        });
        rule("bc-year", 1, "(?:" + B + "(?:(gegen)\\s+)?(" + PART + ")\\s+)?" + B + "(\\d{1,4})\\s*v\\.\\s*Chr\\.", (m, s) -> {
            int y = Integer.parseInt(m.group(3));
            String mod = TimeWords.partMod(m.group(2));
            s.add(m.start(), m.end(), TimeType.DATE, c -> new Resolution(String.format("BC%04d", y), mod));
        });
        rule("year", 0, "(?:" + B + "(?:(gegen)\\s+)?(" + PART + ")\\s+(?:des\\s+Jahres\\s+)?)?(?<![\\p{L}\\p{N}.,])(1\\d{3}|20\\d{2})(?![\\p{N}]|[.,]\\d|\\p{L}|-\\p{L})", (m, s) -> {
            if (m.group(2) == null && !plausibleYear(m, s)) return;
            int y = Integer.parseInt(m.group(3));
            String mod = TimeWords.partMod(m.group(2));
            s.add(m.start(), m.end(), TimeType.DATE, c -> new Resolution(String.format("%04d", y), mod));
        });
        // "1911/12", "1918/19", "1943–45": the second year of a range written with two digits
        rule("year-range", 1, "(?<![\\p{L}\\p{N}.,])(1\\d|20)(\\d{2})\\s*[/–-]\\s*(\\d{2})(?![\\p{N}]|[.,]\\d|\\p{L})", (m, s) -> {
            int century = Integer.parseInt(m.group(1)), first = Integer.parseInt(m.group(2)), second = Integer.parseInt(m.group(3));
            if (second <= first && !(first == 99 && second == 0)) return;
            int y = century * 100 + second + (second < first ? 100 : 0);
            s.add(m.start(3), m.end(3), TimeType.DATE, c -> fixed(String.format("%04d", y)));
        });
        // "20. Jahrhunderts", "Ende des 6. Jahrhunderts v. Chr.", "Anfang des 8. Jh. v. Chr."
        rule("century", 2, "(?:" + B + "(" + PART + "|Hälfte)\\s+des\\s+)?" + B + "(\\d{1,2})\\.\\s*(?:Jahrhunderts?|Jh\\.)(\\s*v\\.\\s*Chr\\.)?", (m, s) -> {
            int n = Integer.parseInt(m.group(2));
            if (n == 0) return;
            String mod = TimeWords.partMod(m.group(1));
            String v = m.group(3) != null ? String.format("BC%02d", n - 1) : String.format("%02d", n - 1);
            s.add(m.start(), m.end(), TimeType.DATE, c -> new Resolution(v, mod));
        });
        // "den zwanziger Jahren", "1990er Jahre", "Anfang der 60er-Jahre"
        rule("decade", 2, "(?:" + B + "(" + PART + ")\\s+der\\s+)?" + B + "(zwanziger|dreißiger|vierziger|fünfziger|sechziger|siebziger|achtziger|neunziger|(\\d{1,4})er)(?:-|\\s+)?Jahren?" + E, (m, s) -> {
            String mod = TimeWords.partMod(m.group(1));
            String w = m.group(2).toLowerCase(Locale.ROOT);
            String digits = m.group(3);
            String after = s.text.substring(m.end(), Math.min(s.text.length(), m.end() + 12));
            boolean explicitBc = after.matches("(?s)\\s*v\\.\\s*Chr\\..*");
            s.add(m.start(), m.end(), TimeType.DATE, c -> {
                boolean bc = explicitBc || c.anchor() != null && c.anchor().bc() && c.documentDate() == null;
                if (digits != null && digits.length() >= 3) {
                    int d = Integer.parseInt(digits) / 10;
                    return new Resolution(bc ? String.format("BC%03d", d) : String.format("%03d", d), mod);
                }
                int decade = digits != null ? Integer.parseInt(digits) / 10 % 10 : List.of("", "", "zwanziger", "dreißiger", "vierziger",
                        "fünfziger", "sechziger", "siebziger", "achtziger", "neunziger").indexOf(w);
                // "die zwanziger Jahre" in today's news are the 1920s; in a narrative, the decade of the anchor's century
                Anchor ref = c.documentDate() == null ? c.anchor() : null;
                int century = ref != null && !ref.bc() ? ref.year() / 100 : 19;
                return new Resolution(String.format("%02d%d", century, decade), mod);
            });
        });
    }

    /** A four-digit number is a year unless it counts something ("1500 Soldaten") or is a code ("Nr. 1918"). */
    private static boolean plausibleYear(Matcher m, Scan s) {
        Token before = s.tokenBefore(m.start(3));
        if (before != null) {
            String b = s.text.substring(before.begin(), before.end()).toLowerCase(Locale.ROOT);
            if (b.matches("bis|seit|ab|vor|nach|zwischen|im|jahr|jahre|jahres|frühjahr|sommer|herbst|winter|anfang|ende|mitte")) return true;
            if (b.equals("nr.") || b.equals("§") || b.equals("nummer") || b.equals("rund") || b.equals("etwa") || b.equals("über")
                    || b.equals("mehr") || b.equals("als") || b.equals("insgesamt") || b.equals("fast") || b.equals("knapp")) {
                // "über 1500 Mann" counts; "als 1918" is rare enough to lose
                return false;
            }
        }
        Token after = s.tokenFrom(m.end());
        if (after != null && after.begin() - m.end() <= 1) {
            String a = s.text.substring(after.begin(), after.end());
            if (a.equals("%") || a.equals("€") || a.equals("$")) return false;
            if ("NN".equals(after.pos()) && !a.matches("(?i)(Jahr|Monat|Krieg|Kriegs|Schlacht|Anfang|Ende|Mitte|Beginn|Truppen|Regierung).*")) {
                // "mit 1500 Panzern" but "1939 marschierte"; a heading or list item may start with a year ("* 1920 Chili-Anhwei-Krieg")
                return before == null || before.pos() == null || before.pos().startsWith("$");
            }
        }
        return true;
    }

    private void seasonsAndPeriods() {
        // "Frühjahr 2026", "im Sommer", "späten Frühjahr 1861", "Frühsommers 1919", "Frühjahr des nächsten Jahres"
        rule("season", 1, "(?:" + B + "(im|seit|bis\\s+zum|zum|ab|des|den|dem|der|diesen|diesem|kommenden|vergangenen|nächsten|letzten|folgenden)\\s+)?(?:(gegen\\s+)?(" + PART
                + ")\\s+(?:des\\s+)?)?(?:(frühen|späten)\\s+)?" + B + "(Früh|Spät|Hoch)?(" + SEASON + ")(?:s|es)?" + E
                + "(?:\\s+(" + YEAR_PHRASE + "))?", (m, s) -> {
            String prep = m.group(1), y = m.group(7);
            if (y == null && prep == null && m.group(3) == null && m.group(4) == null) {
                // "im Sommer und Herbst": a bare season right after another one
                String before = s.text.substring(Math.max(0, m.start() - 24), m.start());
                if (!Pattern.compile("(?:" + SEASON + "|" + MONTH + ")\\s+(?:und|oder|bis)\\s+$", FLAGS).matcher(before).find()) return;
            }
            String season = TimeWords.season(m.group(6));
            String mod = TimeWords.partMod(m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(5));
            Integer dir = prep == null ? null : TimeWords.direction(prep);
            boolean relWord = prep != null && dir != null && !prep.matches("(?i)des|den|dem|der");
            int begin = y != null && !relWord ? start(m, 2, start(m, 3, start(m, 4, start(m, 5, m.start(6)))))
                    : prep != null && (locating(prep) || relWord) ? m.start(1) : start(m, 2, start(m, 3, start(m, 4, start(m, 5, m.start(6)))));
            s.add(begin, m.end(), TimeType.DATE, c -> {
                Anchor year;
                if (y != null) year = yearOf(y, c);
                else if (relWord) {
                    Anchor ref = TimeWords.deictic(prep) ? c.deictic() : c.anaphoric();
                    year = ref == null ? null : ref.plus(Unit.YEAR, dir);
                } else year = seasonYear(season, c);
                return new Resolution(yearValue(year) + "-" + season, mod);
            });
        });
        // "zweiten Jahreshälfte", "ersten Quartal 2025"
        rule("half-quarter", 1, B + "(ersten|zweiten|dritten|vierten|1\\.|2\\.|3\\.|4\\.)\\s*(Jahreshälfte|Hälfte\\s+des\\s+Jahres|Quartals?|Halbjahr(?:es|s)?)(?:\\s+(" + YEAR_PHRASE + "))?", (m, s) -> {
            String o = m.group(1).toLowerCase(Locale.ROOT);
            int n = o.startsWith("erst") || o.startsWith("1") ? 1 : o.startsWith("zweit") || o.startsWith("2") ? 2 : o.startsWith("dritt") || o.startsWith("3") ? 3 : 4;
            boolean half = !m.group(2).toLowerCase(Locale.ROOT).startsWith("quartal");
            if (half && n > 2) return;
            String y = m.group(3);
            s.add(m.start(), m.end(), TimeType.DATE, c -> {
                Anchor year = y != null ? yearOf(y, c) : c.anaphoric();
                return fixed(yearValue(year == null ? null : Anchor.year(year.year())) + (half ? "-H" : "-Q") + n);
            });
        });
        // "Jahresende", "Jahresbeginn 1919", "zum Jahreswechsel"
        rule("year-boundary", 1, B + "(Jahres(?:beginn|anfang|mitte|ende|wechsel|wende))s?(?:\\s+(" + YEAR + "))?", (m, s) -> {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            String mod = w.endsWith("mitte") ? "MID" : w.endsWith("ende") || w.endsWith("wechsel") || w.endsWith("wende") ? "END" : "START";
            String y = m.group(2);
            s.add(m.start(), m.end(), TimeType.DATE, c -> {
                Anchor year = y != null ? parseYear(y) : c.anaphoric();
                return new Resolution(year == null ? "XXXX" : year.yearValue(), mod);
            });
        });
        rule("holiday", 1, B + "(Weihnachten|Heiligabend|Heiligen\\s+Abend|Silvester|Neujahr(?:stag)?|Ostern|Pfingsten|Tag\\s+der\\s+Deutschen\\s+Einheit)" + E + "(?:\\s+(" + YEAR + "))?", (m, s) -> {
            String h = m.group(1).toLowerCase(Locale.ROOT);
            String y = m.group(2);
            s.add(m.start(), m.end(), TimeType.DATE, c -> {
                Anchor year = y != null ? parseYear(y) : c.deictic();
                if (year == null || year.bc()) return fixed("XXXX");
                int yr = year.year();
                LocalDate d;
                if (h.startsWith("weihnacht")) d = LocalDate.of(yr, 12, 25);
                else if (h.startsWith("heilig")) d = LocalDate.of(yr, 12, 24);
                else if (h.startsWith("silvester")) d = LocalDate.of(yr, 12, 31);
                else if (h.startsWith("neujahr")) d = LocalDate.of(yr, 1, 1);
                else if (h.startsWith("tag")) d = LocalDate.of(yr, 10, 3);
                else d = easter(yr).plusDays(h.startsWith("pfingst") ? 49 : 0);
                return fixed(d.toString());
            });
        });
    }

    /** Year of a season named without one: by tense from the article date, else the narrative anchor's year. */
    private static Anchor seasonYear(String season, TimeContext c) {
        if (c.documentDate() != null) {
            int month = c.documentDate().getMonthValue(), y = c.documentDate().getYear();
            int first = switch (season) { case "SP" -> 3; case "SU" -> 6; case "FA" -> 9; default -> 12; };
            if (c.tense() == Tense.PAST && first > month) y--;
            else if (c.tense() == Tense.FUTURE && first + 2 < month) y++;
            return Anchor.year(y);
        }
        return c.anchor() == null ? null : new Anchor(c.anchor().bc(), c.anchor().year(), 0, 0);
    }

    /** Gregorian Easter Sunday (anonymous algorithm). */
    static LocalDate easter(int y) {
        int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(y, month, day);
    }

    private void deictic() {
        // "heute", "gestern Abend", "morgen früh" ("Morgen" with a capital is the morning, handled below)
        rule("today", 1, B + "(heute|gestern|vorgestern|übermorgen|morgen)(?:\\s+(früh|morgen|vormittag|mittag|nachmittag|abend|nacht))?" + E, (m, s) -> {
            String w = m.group(1);
            if (w.equals("Morgen") || w.equals("MORGEN")) return;
            if (w.equalsIgnoreCase("morgen") && !w.equals("morgen")) {
                // sentence-initial "Morgen" is mostly the noun
                return;
            }
            String k = w.toLowerCase(Locale.ROOT);
            int offset = switch (k) { case "gestern" -> -1; case "vorgestern" -> -2; case "morgen" -> 1; case "übermorgen" -> 2; default -> 0; };
            String part = m.group(2) == null ? null : TimeWords.dayPart(m.group(2));
            s.add(m.start(), m.end(), part == null ? TimeType.DATE : TimeType.TIME, c -> {
                if (c.documentDate() == null) {
                    return fixed(offset == 0 ? "PRESENT_REF" : offset < 0 ? "PAST_REF" : "FUTURE_REF");
                }
                String v = c.documentDate().plusDays(offset).toString();
                return fixed(part == null ? v : v + "T" + part);
            });
        });
        // "am Donnerstag", "am vergangenen Montag", "Montagabend", "kommenden Freitag"
        rule("weekday", 1, "(?:" + B + "(am|an\\s+diesem|an\\s+jenem|seit|bis|ab|vom|zum|diesen|vergangenen|letzten|kommenden|nächsten)\\s+)?(?:(vergangenen|letzten|kommenden|nächsten|diesem|diesen|vorigen)\\s+)?"
                + B + "(" + WEEKDAY + ")(morgen|vormittag|mittag|nachmittag|abend|nacht)?(s)?" + E + "(?:\\s+(früh|morgen|vormittag|mittag|nachmittag|abend|nacht)" + E + ")?", (m, s) -> {
            String word = m.group(3);
            DayOfWeek dow = TimeWords.weekday(word);
            // „Welt am Sonntag“: a title in quotation marks, not a day
            if (m.end() < s.text.length() && "“\"”«»".indexOf(s.text.charAt(m.end())) >= 0 && "am".equalsIgnoreCase(m.group(1))) return;
            if (m.group(5) != null && Character.isLowerCase(word.charAt(0))) {
                // "montags": every Monday
                s.add(m.group(1) != null && locating(m.group(1)) ? m.start() : m.start(3), m.end(5), TimeType.SET,
                        c -> fixed("XXXX-WXX-" + dow.getValue()));
                return;
            }
            String prep = m.group(1), rel = m.group(2);
            if (rel == null && prep != null && TimeWords.direction(prep) != null && !prep.matches("(?i)am|an.*|seit|bis|ab|vom|zum")) rel = prep;
            Integer dir = rel == null ? null : TimeWords.direction(rel);
            String partWord = m.group(4) != null ? m.group(4) : m.group(6);
            String part = partWord == null ? null : TimeWords.dayPart(partWord);
            int begin = prep != null && (locating(prep) || rel == prep) ? m.start(1) : rel != null ? m.start(2) : m.start(3);
            s.add(begin, m.end(), part == null ? TimeType.DATE : TimeType.TIME, c -> {
                LocalDate ref = c.documentDate() != null ? c.documentDate() : refDay(c.anchor());
                if (ref == null) return fixed("XXXX-WXX-" + dow.getValue() + (part == null ? "" : "T" + part));
                int d = dir != null && dir != 0 ? dir : weekdayDirection(c.tense());
                LocalDate day = dir != null && dir != 0 ? Anchor.weekday(ref, dow, d) : weekdayFrom(ref, dow, d);
                return fixed(day + (part == null ? "" : "T" + part));
            });
        });
        // "am Wochenende", "übers Wochenende" (with "vergangenen"/"kommenden" see relative units)
        rule("weekend", 1, B + "(?:(am|an\\s+diesem|übers|über\\s+das|zum)\\s+)?Wochenende" + E, (m, s) -> {
            int begin = m.group(1) != null ? m.start(1) : m.start();
            s.add(begin, m.end(), TimeType.DATE, c -> {
                LocalDate ref = c.documentDate() != null ? c.documentDate() : refDay(c.anchor());
                if (ref == null) return fixed("XXXX-WXX-WE");
                return fixed(Anchor.week(weekend(ref, weekdayDirection(c.tense()))) + "-WE");
            });
        });
        // "in der vergangenen Woche", "im kommenden Jahr", "Anfang nächsten Jahres", "Ende des Jahres", "am selben Tag"
        rule("relative-unit", 1, "(?:" + B + "(am|im|in|an|vom|zum|seit|bis\\s+zum|ab)\\s+)?(?:" + B + "(?:(gegen)\\s+)?(" + PART + "|Laufe)\\s+)?(?:" + B + "(der|des|dem|den|die|das)\\s+(?!dies))?"
                + B + "(" + REL + ")\\s+(Woche|Wochenende|Monat|Jahr|Jahrzehnt|Jahrhundert|Tag|Quartal|" + SEASON + "|Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht)(e|en|es|s|n)?" + E, (m, s) -> {
            relativeUnit(m, s, m.group(5), m.group(6), m.group(7));
        });
        rule("part-of-unit", 1, "(?:" + B + "(am|im|in|an|vom|zum|seit|bis\\s+zum|ab)\\s+)?" + B + "(?:(gegen)\\s+)?(" + PART + "|Laufe)\\s+(?:(der|des|dem)\\s+)()(Woche|Monats|Jahres|Tages|Quartals)()" + E, (m, s) -> {
            relativeUnit(m, s, "des", m.group(6), null);
        });
        // "vor zwei Jahren", "vor wenigen Tagen"
        rule("ago", 1, B + "vor\\s+(?:(" + QMOD + ")\\s+)?(" + NUMBER + "|" + VAGUE_NUMBER + ")\\s+(" + UNIT + ")" + E, (m, s) -> {
            Double n = TimeWords.number(m.group(2));
            Unit unit = TimeWords.unit(m.group(3));
            String mod = TimeWords.quantityMod(m.group(1));
            s.add(m.start(), m.end(), TimeType.DATE, c -> {
                Anchor ref = c.deictic();
                if (n == null || ref == null || n != Math.rint(n)) return new Resolution("PAST_REF", mod);
                return new Resolution(ref.plus(unit, -n.longValue()).value(unit.timeOfDay ? Unit.DAY : unit), mod);
            });
        });
        // "in drei Tagen": a date ahead, but a duration in a past clause ("in drei Tagen eroberten sie ...")
        rule("ahead", 1, B + "in\\s+(?:(" + QMOD + ")\\s+)?(" + NUMBER + "|" + VAGUE_NUMBER + ")\\s+(" + UNIT + ")" + E, (m, s) -> {
            Double n = TimeWords.number(m.group(2));
            Unit unit = TimeWords.unit(m.group(3));
            String mod = TimeWords.quantityMod(m.group(1));
            int durBegin = m.group(1) != null ? m.start(1) : m.start(2);
            s.add(m.start(), m.end(), TimeType.DATE, c -> {
                if (c.tense() == Tense.PAST) return new Resolution(unit.duration(n), mod, TimeType.DURATION);
                Anchor ref = c.deictic();
                if (n == null || ref == null || n != Math.rint(n)) return new Resolution("FUTURE_REF", mod);
                return new Resolution(ref.plus(unit, n.longValue()).value(unit.timeOfDay ? Unit.DAY : unit), mod);
            });
        });
    }

    private static LocalDate weekend(LocalDate ref, int direction) {
        DayOfWeek d = ref.getDayOfWeek();
        if (d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY) return ref;
        LocalDate before = Anchor.weekday(ref, DayOfWeek.SATURDAY, -1), after = Anchor.weekday(ref, DayOfWeek.SATURDAY, 1);
        if (direction < 0) return before;
        if (direction > 0) return after;
        return ref.toEpochDay() - before.toEpochDay() - 1 <= after.toEpochDay() - ref.toEpochDay() ? before : after;
    }

    private static void relativeUnit(Matcher m, Scan s, String relWord, String unitWord, String ending) {
        String prep = m.group(1);
        String mod = TimeWords.partMod(m.group(3));
        String rel = relWord.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Integer dirObj = TimeWords.direction(rel);
        if (dirObj == null) return;
        int dir = dirObj;
        boolean deictic = TimeWords.deictic(rel);
        String u = unitWord.toLowerCase(Locale.ROOT);
        String e = ending == null ? "" : ending.toLowerCase(Locale.ROOT);
        boolean plural = e.equals("en") || e.equals("n") || (e.equals("e") && !u.equals("tag") && !u.equals("jahr"))
                || (e.equals("e") && m.group(4) != null && m.group(4).matches("(?i)die|den"));
        int begin = prep != null && locating(prep) ? m.start(1) : start(m, 2, start(m, 3, start(m, 4, m.start(5))));
        if (plural) {
            if (u.equals("wochenende") || !u.matches("woche|monat|jahr|jahrzehnt|jahrhundert|tag|quartal")) return;
            // "in den folgenden Monaten": a stretch of unknown length after a time in the text. The deictic
            // "in den vergangenen Wochen" is left out: it names no date, and the seed check matches
            // "vergangenen Woche" by substring (see docs/time.md, known gaps)
            if (deictic && dir != 0) return;
            Unit unit = TimeWords.unit(u);
            s.add(begin, m.end(), TimeType.DURATION, c -> fixed(unit.duration(null)));
            return;
        }
        boolean season = u.matches("frühjahr|frühling|sommer|herbst|winter");
        boolean dayPart = u.matches("morgen|vormittag|mittag|nachmittag|abend|nacht");
        // "am nächsten Tag", "am nächsten Morgen" follow the event told, "nächste Woche" counts from today
        boolean fromToday = deictic && !((u.equals("tag") || dayPart) && (rel.startsWith("nächst") || rel.startsWith("letzt")));
        Resolver r = c -> {
            Anchor ref = fromToday ? c.deictic() : (u.equals("tag") || dayPart) ? dayReference(c) : c.anaphoric();
            if (ref == null) return new Resolution(dir < 0 ? "PAST_REF" : dir > 0 ? "FUTURE_REF" : "PRESENT_REF", mod);
            if (season) return new Resolution(ref.plus(Unit.YEAR, dir).yearValue() + "-" + TimeWords.season(u), mod);
            if (dayPart) {
                Anchor day = ref.plus(Unit.DAY, dir);
                return new Resolution(day.value(Unit.DAY) + "T" + TimeWords.dayPart(u), mod);
            }
            switch (u) {
                case "wochenende": {
                    LocalDate d = refDay(ref);
                    if (d == null) return new Resolution("XXXX-WXX-WE", mod);
                    LocalDate we = dir == 0 ? d.with(DayOfWeek.SATURDAY) : weekend(d, dir);
                    if (dir != 0 && (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY)) we = d.with(DayOfWeek.SATURDAY).plusWeeks(dir);
                    return new Resolution(Anchor.week(we) + "-WE", mod);
                }
                case "woche":
                    return new Resolution(ref.plus(Unit.WEEK, dir).value(Unit.WEEK), mod);
                case "monat", "monats":
                    return new Resolution(ref.plus(Unit.MONTH, dir).value(Unit.MONTH), mod);
                case "tag", "tages":
                    return new Resolution(ref.plus(Unit.DAY, dir).value(Unit.DAY), mod);
                case "quartal", "quartals": {
                    Anchor q = ref.plus(Unit.QUARTER, dir);
                    return new Resolution(q.month() == 0 ? q.yearValue() + "-QX" : q.yearValue() + "-Q" + ((q.month() - 1) / 3 + 1), mod);
                }
                case "jahrzehnt":
                    return new Resolution(ref.plus(Unit.DECADE, dir).value(Unit.DECADE), mod);
                case "jahrhundert":
                    return new Resolution(ref.plus(Unit.CENTURY, dir).value(Unit.CENTURY), mod);
                default:
                    return new Resolution(ref.plus(Unit.YEAR, dir).yearValue(), mod);
            }
        };
        if (dayPart) s.addDayPart(begin, m.end(), null, r);
        else s.add(begin, m.end(), TimeType.DATE, r);
    }

    private void anaphoric() {
        // "zwei Tage später", "drei Monate zuvor", "einen Tag darauf"
        rule("later", 2, "(?:" + B + "(" + QMOD + ")\\s+)?" + B + "(" + NUMBER + "|" + VAGUE_NUMBER + ")\\s+(?:(?:ganze[nr]?|weitere[nr]?|volle[nr]?)\\s+)?(" + UNIT
                + ")\\s+(später|danach|darauf|nachher|zuvor|vorher|davor|früher|eher)" + E, (m, s) -> {
            Double n = TimeWords.number(m.group(2));
            Unit unit = TimeWords.unit(m.group(3));
            int sign = m.group(4).toLowerCase(Locale.ROOT).matches("später|danach|darauf|nachher") ? 1 : -1;
            String mod = TimeWords.quantityMod(m.group(1));
            String after = s.text.substring(m.end(), Math.min(s.text.length(), m.end() + 6));
            if (after.matches("(?s)\\s+als\\s.*")) {
                // "drei Wochen später als Banks": a difference, not a date
                s.add(m.start(), m.start(4), TimeType.DURATION, c -> new Resolution(unit.duration(n), mod));
                return;
            }
            s.add(m.start(), m.end(), TimeType.DATE, c -> {
                Anchor ref = c.anaphoric();
                Unit u = unit;
                Double amount = n;
                if (amount != null && amount != Math.rint(amount) && u == Unit.YEAR) { u = Unit.MONTH; amount = amount * 12; }
                if (amount == null || ref == null || amount != Math.rint(amount)) return new Resolution(sign > 0 ? "FUTURE_REF" : "PAST_REF", mod);
                if (u == Unit.WEEK && ref.hasDay()) return new Resolution(ref.plus(Unit.DAY, sign * 7 * amount.longValue()).value(Unit.DAY), mod);
                return new Resolution(ref.plus(u, sign * amount.longValue()).value(u.timeOfDay ? Unit.DAY : u), mod);
            });
        });
        // "nach zwei Tagen", "nach etwa zehn Tagen"
        rule("after", 1, B + "nach\\s+(?:(" + QMOD + ")\\s+)?(" + NUMBER + ")\\s+(" + UNIT + ")" + E, (m, s) -> {
            Double n = TimeWords.number(m.group(2));
            Unit unit = TimeWords.unit(m.group(3));
            String mod = TimeWords.quantityMod(m.group(1));
            String after = s.text.substring(m.end(), Math.min(s.text.length(), m.end() + 12));
            if (after.matches("(?s)\\s*(?:dem|der|den|des|seiner|ihrer)\\s.*")) return; // "zwei Wochen nach der Kapitulation": the anchor is an event
            // "nach 77 Tagen Belagerung", "nach fast drei Jahren Krieg": how long something lasted, not when
            Token next = s.tokenFrom(m.end());
            boolean lasted = mod != null || next != null && next.pos() != null && (next.pos().startsWith("NN") || next.pos().startsWith("ADJA"));
            int durationBegin = m.group(1) != null ? m.start(1) : m.start(2);
            if (lasted) {
                s.add(durationBegin, m.end(), TimeType.DURATION, c -> new Resolution(unit.duration(n), mod));
                return;
            }
            s.add(m.start(), m.end(), TimeType.DATE, c -> {
                Anchor ref = c.anaphoric();
                if (n == null || ref == null || n != Math.rint(n) || unit.timeOfDay) return new Resolution(unit.duration(n), mod, TimeType.DURATION);
                return new Resolution(ref.plus(unit, n.longValue()).value(unit.timeOfDay ? Unit.DAY : unit), mod);
            });
        });
        rule("shortly", 2, B + "(kurz|wenig|kurze\\s+Zeit|einige\\s+Zeit|geraume\\s+Zeit|lange\\s+Zeit|bald|gleich)\\s+(später|darauf|danach|zuvor|vorher|davor)" + E, (m, s) -> {
            boolean after = m.group(2).toLowerCase(Locale.ROOT).matches("später|darauf|danach");
            s.add(m.start(), m.end(), TimeType.DATE, c -> fixed(after ? "FUTURE_REF" : "PAST_REF"));
        });
        // "am Vortag", "im Folgejahr", "tags darauf", "am Tag danach"
        rule("neighbour", 1, "(?:" + B + "(am|im|in\\s+der|in\\s+dem)\\s+)?" + B + "(Vortag|Vorabend|Vorjahr|Vormonat|Vorwoche|Folgetag|Folgejahr|Folgemonat|Folgewoche)(?:e?s)?" + E, (m, s) -> {
            String w = m.group(2).toLowerCase(Locale.ROOT);
            int dir = w.startsWith("vor") ? -1 : 1;
            Unit unit = w.endsWith("tag") || w.endsWith("abend") ? Unit.DAY : w.endsWith("jahr") ? Unit.YEAR : w.endsWith("monat") ? Unit.MONTH : Unit.WEEK;
            boolean evening = w.endsWith("abend");
            int begin = m.group(1) != null ? m.start(1) : m.start(2);
            s.add(begin, m.end(), TimeType.DATE, c -> {
                Anchor ref = unit == Unit.DAY ? dayReference(c) : c.anaphoric();
                if (ref == null) return fixed(dir < 0 ? "PAST_REF" : "FUTURE_REF");
                String v = ref.plus(unit, dir).value(unit);
                return fixed(evening && v.matches("\\d{4}-\\d{2}-\\d{2}") ? v + "TEV" : v);
            });
        });
        rule("day-after", 1, B + "(?:(am|vom)\\s+Tag(?:e)?|Tags)\\s+(darauf|danach|zuvor|davor|vorher)" + E, (m, s) -> {
            int dir = m.group(2).toLowerCase(Locale.ROOT).matches("darauf|danach") ? 1 : -1;
            s.add(m.start(), m.end(), TimeType.DATE, c -> {
                Anchor ref = dayReference(c);
                return fixed(ref == null ? (dir < 0 ? "PAST_REF" : "FUTURE_REF") : ref.plus(Unit.DAY, dir).value(Unit.DAY));
            });
        });
        // "an diesem Tag", "am gleichen Tag": covered by relative units; "an diesem Datum", "zu diesem Zeitpunkt"
        rule("this-date", 1, B + "(?:(an|bis\\s+zu)\\s+)?(dieses|diesem|jenem|dem\\s+gleichen|demselben)\\s+(Datum)" + E, (m, s) -> {
            int begin = m.group(1) != null ? m.start(1) : m.start(2);
            s.add(begin, m.end(), TimeType.DATE, c -> {
                Anchor ref = c.anaphoric();
                return fixed(ref == null ? "PRESENT_REF" : ref.value());
            });
        });
    }

    private void durations() {
        // "rund einen Monat", "drei Jahre", "mehrere Tage", "die nächsten vier Tage", "anderthalb Jahre"
        rule("duration", 1, "(?:" + B + "(" + QMOD + ")\\s+)?(?:" + B + "(?:die|den|der)\\s+)?(?:" + B + "(ersten|letzten|nächsten|kommenden|vergangenen|folgenden|weiteren)\\s+)?" + B + "("
                + NUMBER + "|" + VAGUE_NUMBER + ")\\s+(?:(?:ganze[nr]?|volle[nr]?|weitere[nr]?|aufeinanderfolgende[nr]?|lange[nr]?)\\s+)?(" + UNIT + ")" + E, (m, s) -> {
            String num = m.group(3), unitWord = m.group(4);
            String nl = num.toLowerCase(Locale.ROOT);
            if (nl.equals("eines") && unitWord.equalsIgnoreCase("Tages")) return; // "eines Tages" is a vague date
            if (nl.matches("\\d+") && unitWord.toLowerCase(Locale.ROOT).startsWith("jahr") && nl.length() == 4) return;
            Double n = TimeWords.number(num);
            if (n == null && !nl.matches(VAGUE_NUMBER.replace("(?:", "(?i:"))) return;
            Unit unit = TimeWords.unit(unitWord);
            String mod = TimeWords.quantityMod(m.group(1));
            String v = unit.duration(n);
            s.add(m.start(), m.end(), TimeType.DURATION, c -> new Resolution(v, mod));
        });
        // "seit Jahren", "seit langer Zeit", "Jahre zuvor", "Tage nach ihrer Ankunft", "in den ersten Jahren", "in den Folgejahren"
        rule("vague-stretch", 0, "(?:" + B + "seit\\s+(?=(?:Jahren|Monaten|Wochen|Tagen|Jahrzehnten|langem|langer\\s+Zeit)" + E + ")|(?:" + B + "in\\s+)?" + B
                + "(?:den|diesen|ihren|seinen|jenen)\\s+(?:(?:ersten|frühen|späteren|folgenden|darauffolgenden|letzten)\\s+)?(?=(?:Jahren|Monaten|Wochen|Tagen|Jahrzehnten)" + E + "))"
                + "(Jahren|Monaten|Wochen|Tagen|Jahrzehnten|langem|langer\\s+Zeit)" + E, (m, s) -> {
            String u = m.group(1).toLowerCase(Locale.ROOT);
            Unit unit = u.startsWith("lange") ? Unit.YEAR : TimeWords.unit(u);
            int begin = m.group(0).toLowerCase(Locale.ROOT).startsWith("seit") ? m.start(1) : m.start();
            s.add(begin, m.end(), TimeType.DURATION, c -> fixed(unit.duration(null)));
        });
        rule("vague-offset", 0, B + "(Jahre|Monate|Wochen|Tage|Jahrzehnte)\\s+(?=(?:zuvor|später|danach|vorher|davor|darauf|nach\\s+(?:de[mnrs]|ihre[mnrs]?|seine[mnrs]?))" + E + ")", (m, s) -> {
            Unit unit = TimeWords.unit(m.group(1));
            s.add(m.start(), m.start() + m.group(1).length(), TimeType.DURATION, c -> fixed(unit.duration(null)));
        });
        rule("following-years", 1, B + "(?:(in\\s+den)\\s+)?(Folgejahren|Folgemonaten|Folgewochen|Folgetagen)" + E, (m, s) -> {
            Unit unit = TimeWords.unit(m.group(2).substring(5));
            s.add(m.start(2), m.end(), TimeType.DURATION, c -> fixed(unit.duration(null)));
        });
        rule("duration-adverb", 1, B + "(jahrzehnte|jahre|monate|wochen|tage|stunden)lang(?:e[mnrs]?)?" + E, (m, s) -> {
            Unit unit = TimeWords.unit(m.group(1));
            s.add(m.start(), m.end(), TimeType.DURATION, c -> fixed(unit.duration(null)));
        });
        rule("duration-adjective", 1, B + "(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|hundert|mehr|\\d+)(?:-|\\s)?(tägig|wöchig|monatig|jährig|stündig|minütig)(?:e[mnrs]?)?" + E, (m, s) -> {
            if (Character.isUpperCase(m.group(2).charAt(0))) return; // "dem 66-Jährigen" is a person
            Double n = m.group(1).equalsIgnoreCase("mehr") ? null : TimeWords.number(m.group(1));
            String k = m.group(2).toLowerCase(Locale.ROOT);
            Unit unit = k.startsWith("täg") ? Unit.DAY : k.startsWith("wöch") ? Unit.WEEK : k.startsWith("monat") ? Unit.MONTH
                    : k.startsWith("jähr") ? Unit.YEAR : k.startsWith("stünd") ? Unit.HOUR : Unit.MINUTE;
            s.add(m.start(), m.end(), TimeType.DURATION, c -> fixed(unit.duration(n)));
        });
        rule("decades", 0, B + "(Jahrzehnte|Jahrhunderte)" + E, (m, s) -> {
            Unit unit = TimeWords.unit(m.group(1));
            s.add(m.start(), m.end(), TimeType.DURATION, c -> fixed(unit.duration(null)));
        });
    }

    private void sets() {
        // "jeden Tag", "alle zwei Wochen", "jeden Montag", "jedes Wochenende"
        rule("every", 1, B + "(jede[mnrs]?|alle)\\s+(?:(" + NUMBER + ")\\s+)?(Tag|Tage|Woche|Wochen|Monat|Monate|Jahr|Jahre|Stunde|Stunden|Minute|Minuten|Morgen|Abend|Nacht|Wochenende|" + WEEKDAY + ")" + E, (m, s) -> {
            String u = m.group(3).toLowerCase(Locale.ROOT);
            boolean every = m.group(1).toLowerCase(Locale.ROOT).startsWith("jede");
            if (!every && m.group(2) == null && !u.matches("tage|wochen|monate|jahre|stunden|minuten")) return;
            if (!every && m.group(2) == null) {
                // "alle Jahre" (wieder) is yearly; "alle Tage" daily
            }
            Double n = m.group(2) == null ? Double.valueOf(1) : TimeWords.number(m.group(2));
            String v;
            if (u.matches("morgen|abend|nacht")) v = "XXXX-XX-XXT" + TimeWords.dayPart(u);
            else if (u.equals("wochenende")) v = "XXXX-WXX-WE";
            else if (u.matches("(?i)" + WEEKDAY)) v = "XXXX-WXX-" + TimeWords.weekday(u).getValue();
            else v = TimeWords.unit(u).duration(n);
            s.add(m.start(), m.end(), TimeType.SET, c -> fixed(v));
        });
        rule("regularly", 1, B + "(täglich|wöchentlich|monatlich|jährlich|stündlich|alljährlich|allwöchentlich|allmonatlich|vierteljährlich|halbjährlich)(?:e[mnrs]?)?" + E, (m, s) -> {
            String k = m.group(1).toLowerCase(Locale.ROOT);
            String v = k.startsWith("vierteljähr") ? "P3M" : k.startsWith("halbjähr") ? "P6M" : k.contains("täglich") ? "P1D" : k.contains("wöchentlich") ? "P1W"
                    : k.contains("monatlich") ? "P1M" : k.contains("stündlich") ? "PT1H" : "P1Y";
            s.add(m.start(), m.end(), TimeType.SET, c -> fixed(v));
        });
        rule("per-unit", 1, B + "(?:(ein|zwei|drei|vier|fünf|sechs|\\d+)\\s*-?mal\\s+)?(pro|je|einmal\\s+im|einmal\\s+in\\s+der)\\s+(Tag|Woche|Monat|Jahr|Stunde)" + E, (m, s) -> {
            Unit unit = TimeWords.unit(m.group(3));
            s.add(m.start(), m.end(), TimeType.SET, c -> fixed(unit.duration(1.0)));
        });
    }

    private void clockAndDayParts() {
        // "4:45 Uhr", "4 Uhr 45", "20 Uhr abends"
        rule("clock", 2, B + "([01]?\\d|2[0-4])(?:[:.]([0-5]\\d))?\\s*Uhr(?:\\s+([0-5]\\d)(?![\\p{N}]))?(?:\\s+(morgens|früh|vormittags|mittags|nachmittags|abends|nachts))?" + E, (m, s) -> {
            int h = Integer.parseInt(m.group(1));
            int min = m.group(2) != null ? Integer.parseInt(m.group(2)) : m.group(3) != null ? Integer.parseInt(m.group(3)) : 0;
            String q = m.group(4) == null ? "" : m.group(4).toLowerCase(Locale.ROOT);
            if ((q.equals("nachmittags") || q.equals("abends")) && h < 12) h += 12;
            String clock = String.format("T%02d:%02d", h, min);
            s.add(m.start(), m.end(), TimeType.TIME, c -> fixed(dayOf(c) + clock));
        });
        // "am Abend", "in der Nacht", "am frühen Morgen", "Morgenstunden", "gegen Mitternacht"
        rule("day-part", 1, "(?:" + B + "(am|in\\s+der|während\\s+der|während\\s+des|gegen|zur|im\\s+Laufe\\s+des|in\\s+den)\\s+)?(?:" + B + "(frühen|späten)\\s+)?" + B
                + "(" + DAYPART + "|Morgenstunden|Abendstunden|Nachtstunden|Mittagsstunden|Mitternacht)(?:s|es)?" + E, (m, s) -> {
            String w = m.group(3).toLowerCase(Locale.ROOT);
            boolean midnight = w.equals("mitternacht");
            boolean followedByDate = s.text.substring(m.end(), Math.min(s.text.length(), m.end() + 8)).matches("(?s)\\s+(?:des|vom)\\s.*");
            if (m.group(1) == null && m.group(2) == null && !midnight && !followedByDate) return;
            if (w.equals("morgen") && m.group(1) == null && m.group(2) == null && !followedByDate) return;
            String part = TimeWords.dayPart(w);
            int begin = m.start();
            Resolver r = c -> fixed(dayOf(c) + (midnight ? "T24:00" : "T" + part));
            s.addDayPart(begin, m.end(), midnight ? "24:00" : part, r);
        });
        rule("nightly", 1, B + "(nachts)" + E, (m, s) -> {
            if (!m.group(1).equals("nachts")) return;
            s.add(m.start(), m.end(), TimeType.TIME, c -> fixed(dayOf(c) + "TNI"));
        });
    }

    /** The day a bare time of day belongs to: the last day mentioned, else the article date, else unknown. */
    private static String dayOf(TimeContext c) {
        Anchor ref = c.anaphoric();
        if (ref != null && ref.hasDay()) return ref.value(Unit.DAY);
        return c.documentDate() != null ? c.documentDate().toString() : "XXXX-XX-XX";
    }

    private void vague() {
        rule("present", 0, B + "(derzeit|zurzeit|zur\\s+Zeit|momentan|mittlerweile|jetzt|heutzutage|nunmehr|gegenwärtig|aktuell|heutige[mnrs]?|gegenwärtige[mnrs]?)" + E, (m, s) -> {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            if (w.equals("aktuell") || w.equals("gegenwärtig")) {
                Token t = s.tokenFrom(m.start());
                if (t == null || t.pos() == null || !(t.pos().equals("ADV") || t.pos().equals("ADJD"))) return;
                Token next = s.tokenFrom(m.end());
                if (next != null && next.pos() != null && (next.pos().startsWith("ADJ") || next.pos().startsWith("NN"))) return;
            }
            if (w.startsWith("gegenwärtige")) return;
            if (w.startsWith("zur") && s.text.substring(m.end(), Math.min(s.text.length(), m.end() + 6)).matches("(?s)\\s+(?:der|des|von)\\s.*")) return; // "zur Zeit der Donkampagne"
            s.add(m.start(), m.end(), TimeType.DATE, c -> fixed("PRESENT_REF"));
        });
        rule("past", 0, B + "(damals|einst|kürzlich|unlängst|vor\\s+kurzem|seinerzeit|zwischenzeitlich|in\\s+der\\s+Vergangenheit)" + E, (m, s) -> {
            s.add(m.start(), m.end(), TimeType.DATE, c -> fixed("PAST_REF"));
        });
        rule("future", 0, B + "(bald|demnächst|künftig|zukünftig|in\\s+Zukunft|später|Folgezeit|in\\s+der\\s+Folge|in\\s+Kürze|fortan)" + E, (m, s) -> {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            if (w.equals("später")) {
                // "später" as an adjective ("der spätere Präsident") is excluded by E; "später als" compares
                String after = s.text.substring(m.end(), Math.min(s.text.length(), m.end() + 5));
                if (after.matches("(?s)\\s+als.*")) return;
            }
            s.add(m.start(), m.end(), TimeType.DATE, c -> fixed("FUTURE_REF"));
        });
    }
}
