package org.newsgraph.de.time;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** German words for months, weekdays, numbers, units, seasons and parts of the day, with their values. */
final class TimeWords {
    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();
    private static final Map<String, Double> NUMBERS = new HashMap<>();

    static {
        String[][] months = {{"januar", "jänner", "jan"}, {"februar", "feber", "feb", "febr"}, {"märz", "mär", "mrz"},
                {"april", "apr"}, {"mai"}, {"juni", "jun"}, {"juli", "jul"}, {"august", "aug"}, {"september", "sep", "sept"},
                {"oktober", "okt"}, {"november", "nov"}, {"dezember", "dez"}};
        for (int i = 0; i < months.length; i++) for (String m : months[i]) MONTHS.put(m, i + 1);
        String[][] days = {{"montag"}, {"dienstag"}, {"mittwoch"}, {"donnerstag"}, {"freitag"}, {"samstag", "sonnabend"}, {"sonntag"}};
        for (int i = 0; i < days.length; i++) for (String d : days[i]) WEEKDAYS.put(d, DayOfWeek.of(i + 1));
        String[] small = {"null", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
                "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn", "zwanzig"};
        for (int i = 1; i < small.length; i++) NUMBERS.put(small[i], (double) i);
        for (String e : new String[]{"eine", "einen", "einem", "einer", "eines", "einzigen"}) NUMBERS.put(e, 1.0);
        String[] tens = {"dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"};
        for (int i = 0; i < tens.length; i++) NUMBERS.put(tens[i], 30.0 + 10 * i);
        NUMBERS.put("hundert", 100.0);
        NUMBERS.put("tausend", 1000.0);
        NUMBERS.put("beide", 2.0);
        NUMBERS.put("beiden", 2.0);
        NUMBERS.put("anderthalb", 1.5);
        NUMBERS.put("eineinhalb", 1.5);
        NUMBERS.put("zweieinhalb", 2.5);
        NUMBERS.put("dreieinhalb", 3.5);
        NUMBERS.put("halbes", 0.5);
        NUMBERS.put("halben", 0.5);
        NUMBERS.put("halbe", 0.5);
    }

    /** Regex for number words and digits (non-capturing). */
    static final String NUMBER = "(?:\\d+(?:,\\d+)?|(?:ein(?:e[mnrs]?)?\\s+)?halbe[ns]?|anderthalb|ein(?:ein|zwei|drei)?halb|zweieinhalb|dreieinhalb"
            + "|ein(?:e[mnrs]?)?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|dreizehn|vierzehn|fünfzehn|sechzehn"
            + "|siebzehn|achtzehn|neunzehn|zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|hundert|beiden?)";
    /** Amounts that are not numbers ("mehrere Tage"): the value gets an X. */
    static final String VAGUE_NUMBER = "(?:mehrere[nr]?|einige[nr]?|wenige[nr]?|paar|ein\\s+paar|etliche[nr]?|viele[nr]?|zahlreiche[nr]?)";
    static final String UNIT = "(?:Sekunden?|Minuten?|Stunden?|Tag(?:e|en|es|s)?|Wochen?|Monat(?:e|en|es|s)?|Quartal(?:e|en|s)?"
            + "|Jahr(?:e|en|es|s)?|Jahrzehnt(?:e|en|es|s)?|Jahrhundert(?:e|en|s)?)";
    static final String MONTH = "(?:(?:Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)s?(?!\\p{L})"
            + "|(?:Jan|Febr?|Mrz|Mär|Apr|Jun|Jul|Aug|Sept?|Okt|Nov|Dez)\\.)";
    static final String WEEKDAY = "(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)";
    static final String SEASON = "(?:Frühjahr|Frühling|Sommer|Herbst|Winter)";
    static final String DAYPART = "(?:Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht)";

    private TimeWords() {
    }

    static int month(String s) {
        String k = s.toLowerCase(Locale.ROOT).replace(".", "").trim();
        Integer m = MONTHS.get(k);
        if (m == null && k.endsWith("s")) m = MONTHS.get(k.substring(0, k.length() - 1));
        if (m == null) throw new IllegalArgumentException("not a month: " + s);
        return m;
    }

    static DayOfWeek weekday(String s) {
        String k = s.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, DayOfWeek> e : WEEKDAYS.entrySet()) if (k.startsWith(e.getKey())) return e.getValue();
        throw new IllegalArgumentException("not a weekday: " + s);
    }

    /** The amount a number word or digit string names; null when vague ("mehrere"). */
    static Double number(String s) {
        String k = s.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
        if (k.matches("\\d+(,\\d+)?")) return Double.parseDouble(k.replace(',', '.'));
        if (k.endsWith("halbe") || k.endsWith("halben") || k.endsWith("halbes")) return 0.5;
        Double d = NUMBERS.get(k);
        return d;
    }

    static Unit unit(String s) {
        String k = s.toLowerCase(Locale.ROOT);
        if (k.startsWith("sekunde")) return Unit.SECOND;
        if (k.startsWith("minute")) return Unit.MINUTE;
        if (k.startsWith("stunde")) return Unit.HOUR;
        if (k.startsWith("woche")) return Unit.WEEK;
        if (k.startsWith("monat")) return Unit.MONTH;
        if (k.startsWith("quartal")) return Unit.QUARTER;
        if (k.startsWith("jahrzehnt")) return Unit.DECADE;
        if (k.startsWith("jahrhundert")) return Unit.CENTURY;
        if (k.startsWith("jahr")) return Unit.YEAR;
        if (k.startsWith("tag")) return Unit.DAY;
        throw new IllegalArgumentException("not a unit: " + s);
    }

    /** SP, SU, FA or WI. */
    static String season(String s) {
        String k = s.toLowerCase(Locale.ROOT);
        if (k.contains("frühjahr") || k.contains("frühling")) return "SP";
        if (k.contains("sommer")) return "SU";
        if (k.contains("herbst")) return "FA";
        return "WI";
    }

    /** MO, MI, AF, EV, NI as in TIMEX3 times of day. */
    static String dayPart(String s) {
        String k = s.toLowerCase(Locale.ROOT);
        if (k.startsWith("vormittag") || k.startsWith("morgen") || k.equals("früh")) return "MO";
        if (k.startsWith("nachmittag")) return "AF";
        if (k.startsWith("mittag")) return "MI";
        if (k.startsWith("abend")) return "EV";
        return "NI";
    }

    /** START, MID or END for "Anfang", "Mitte", "Ende" and their synonyms; null otherwise. */
    static String partMod(String s) {
        if (s == null) return null;
        String k = s.toLowerCase(Locale.ROOT);
        if (k.contains("anfang") || k.contains("beginn") || k.contains("früh")) return "START";
        if (k.contains("mitte")) return "MID";
        if (k.contains("ende") || k.contains("ausgang") || k.contains("spät")) return "END";
        return null;
    }

    /** TIMEX3 mod of a quantity hedge ("rund", "knapp", "mehr als"); null for none. */
    static String quantityMod(String s) {
        if (s == null) return null;
        String k = s.toLowerCase(Locale.ROOT).trim();
        if (k.startsWith("mehr") || k.startsWith("über") || k.startsWith("gut")) return "MORE_THAN";
        if (k.startsWith("mindestens")) return "EQUAL_OR_MORE";
        if (k.startsWith("knapp") || k.startsWith("fast") || k.startsWith("beinahe") || k.startsWith("weniger")) return "LESS_THAN";
        if (k.startsWith("höchstens")) return "EQUAL_OR_LESS";
        return "APPROX";
    }

    /**
     * Direction of a relative word: -1 for "vergangen", "letzt", "vorig", 0 for "dies", "selb",
     * "gleich", "laufend", +1 for "nächst", "kommend", "folgend"; null if it is none of them.
     */
    static Integer direction(String s) {
        String k = s.toLowerCase(Locale.ROOT);
        if (k.startsWith("vergangen") || k.startsWith("letzt") || k.startsWith("vorig") || k.startsWith("vorangegangen")
                || k.startsWith("vorausgegangen") || k.startsWith("vor")) return -1;
        if (k.startsWith("nächst") || k.startsWith("kommend") || k.startsWith("neue") || k.startsWith("folgend") || k.startsWith("darauffolgend")
                || k.startsWith("darauf folgend") || k.startsWith("anschließend") || k.startsWith("folge")) return 1;
        if (k.startsWith("dies") || k.startsWith("selb") || k.startsWith("gleich") || k.startsWith("laufend")
                || k.startsWith("desselben") || k.startsWith("derselben") || k.startsWith("demselben") || k.startsWith("jen")
                || k.startsWith("aktuell") || k.startsWith("des") || k.startsWith("der")) return 0;
        return null;
    }

    /** Relative words that point from the article date ("vergangene Woche"), not from a time in the text ("folgende Woche"). */
    static boolean deictic(String s) {
        String k = s.toLowerCase(Locale.ROOT);
        return k.startsWith("vergangen") || k.startsWith("letzt") || k.startsWith("vorig") || k.startsWith("kommend")
                || k.startsWith("nächst") || k.startsWith("dies") || k.startsWith("laufend") || k.startsWith("aktuell");
    }
}
