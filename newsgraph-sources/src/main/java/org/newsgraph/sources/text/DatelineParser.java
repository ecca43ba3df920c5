package org.newsgraph.sources.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Dateline;
import org.newsgraph.model.Span;

/**
 * Finds an agency dateline at the start of a paragraph: {@code Washington/Kiew/Moskau (dpa) - },
 * {@code Frankfurt/Main (dpa-AFX) - }, {@code Berlin, 21. Oktober (AFP) – }. Places are separated
 * by slashes; the agency stands in parentheses; a dash (or colon) ends the dateline.
 */
public final class DatelineParser {
    // A place: a capitalised word (not an article or pronoun opening a sentence), then up to three more
    // capitalised words or name particles ("Frankfurt am Main", "Rio de Janeiro", "Den Haag").
    private static final String NOT_FUNCTION_WORD = "(?!(?:Der|Die|Das|Dem|Des|Ein|Eine|Einer|Eines|Im|Am|Auf|In|Bei"
            + "|Nach|Mit|Von|Vom|Zu|Zum|Zur|Für|Es|Er|Sie|Wir|Ich|Ihr|Man|Wie|Wer|Was|Wenn|Als|Auch|Und|Aber|Doch"
            + "|Dies|Diese|Dieser|Laut|Nur|Noch|So)[ \\u00A0(])";
    private static final String PARTICLE = "(?:am|an|der|den|de|del|della|di|do|da|dos|das|du|la|le|les|im|in|ob|on|upon|sur|bei|auf)";
    private static final String WORD = "(?:\\p{Lu}[\\p{L}\\p{M}'’.\\-]*|" + PARTICLE + ")";
    private static final String PLACE = NOT_FUNCTION_WORD + "\\p{Lu}[\\p{L}\\p{M}'’.\\-]*(?:[ \\u00A0]" + WORD + "){0,3}";
    private static final Pattern DATELINE = Pattern.compile(
            "(?<places>" + PLACE + "(?:[ \\u00A0]?/[ \\u00A0]?" + PLACE + ")*)"
                    + "(?:,[ \\u00A0]*[\\p{L}\\p{N}. \\u00A0]{1,30}?)?"
                    + "[ \\u00A0]*\\((?<agency>[\\p{L}\\p{N}][\\p{L}\\p{N} ./&+\\-]{0,30})\\)"
                    + "[ \\u00A0]*(?<dash>[-–—:])(?=[ \\u00A0\\n])");

    private DatelineParser() {
    }

    /** The dateline starting exactly at {@code from} (within the same line), or null. */
    public static Dateline parse(String text, int from) {
        int lineEnd = text.indexOf('\n', from);
        int to = Math.min(lineEnd < 0 ? text.length() : lineEnd, from + 240);
        Matcher m = DATELINE.matcher(text).region(from, to);
        if (!m.lookingAt()) return null;
        List<String> places = new ArrayList<>();
        for (String p : m.group("places").split("/")) {
            String place = p.strip();
            if (!place.isEmpty()) places.add(place);
        }
        return new Dateline(places, m.group("agency").strip(), new Span(from, m.end("dash")));
    }
}
