package org.newsgraph.de.morph;

import java.util.EnumSet;
import java.util.Set;
import org.newsgraph.model.Morphology;
import org.newsgraph.model.NameClass;

/** Maps LanguageTool's German tags to STTS-like parts of speech, morphology and name classes. */
final class Tags {
    private Tags() {
    }

    static String stts(String tag) {
        String[] f = tag.split(":");
        switch (f[0]) {
            case "SUB": return "NN";
            case "EIG": return "NE";
            case "ADJ": return tag.contains(":PRD") ? "ADJD" : (f.length > 1 && isCase(f[1]) ? "ADJA" : "ADJD");
            case "PA1": case "PA2": return f.length > 1 && isCase(f[1]) ? "ADJA" : "ADJD";
            case "ART": return "ART";
            case "PRP": return "APPR";
            case "ADV": return tag.contains("INR") ? "PWAV" : "ADV";
            case "ZAL": return "CARD";
            case "NEG": return "PTKNEG";
            case "ZUS": return "PTKVZ";
            case "INJ": return "ITJ";
            case "KON":
                if (tag.contains("UNT")) return "KOUS";
                if (tag.contains("INF")) return "KOUI";
                if (tag.contains("VGL")) return "KOKOM";
                return "KON";
            case "PRO": {
                String kind = f.length > 1 ? f[1] : "";
                boolean attr = tag.endsWith(":BEG") || tag.contains(":B/S") || tag.endsWith(":ATT");
                switch (kind) {
                    case "PER": return "PPER";
                    case "REF": return "PRF";
                    case "POS": return "PPOSAT";
                    case "DEM": return attr ? "PDAT" : "PDS";
                    case "REL": return "PRELS";
                    case "INR": return "PWS";
                    case "IND": return attr ? "PIAT" : "PIS";
                    default: return "PIS";
                }
            }
            case "VER": {
                String type = tag.contains(":AUX") ? "VA" : tag.contains(":MOD") ? "VM" : "VV";
                if (tag.contains(":INF")) return type + "INF";
                if (tag.contains(":PA2")) return type + "PP";
                if (tag.contains(":EIZ")) return "VVIZU";
                if (tag.contains(":IMP")) return type + "IMP";
                return type + "FIN";
            }
            case "ABK": return "XY";
            default: return "XY";
        }
    }

    private static boolean isCase(String s) {
        return s.equals("NOM") || s.equals("GEN") || s.equals("DAT") || s.equals("AKK");
    }

    static Morphology morphology(String tag) {
        String cas = null, num = null, gen = null, per = null, mood = null, tense = null;
        for (String f : tag.split(":")) {
            switch (f) {
                case "NOM": case "GEN": case "DAT": case "AKK": if (cas == null) cas = f; break;
                case "SIN": case "PLU": num = f; break;
                case "MAS": case "FEM": case "NEU": gen = f; break;
                case "1": case "2": case "3": per = f; break;
                case "KJ1": case "KJ2": case "IMP": mood = f; if (f.equals("KJ2")) tense = "PRT"; break;
                case "PRÄ": case "PRT": tense = f; if (mood == null) mood = "IND"; break;
                default: break;
            }
        }
        if (tag.startsWith("VER") && mood == null && per != null) mood = "IND";
        if (mood != null && mood.equals("KJ1") && tense == null) tense = "PRÄ";
        return new Morphology(cas, num, gen, per, mood, tense);
    }

    static Set<NameClass> nameClasses(String tag) {
        if (!tag.startsWith("EIG")) return Set.of();
        Set<NameClass> s = EnumSet.noneOf(NameClass.class);
        String last = tag.substring(tag.lastIndexOf(':') + 1);
        switch (last) {
            case "VOR": case "VOR*": s.add(NameClass.FIRST_NAME); break;
            case "NAC": s.add(NameClass.SURNAME); break;
            case "STD": s.add(NameClass.CITY); break;
            case "COU": s.add(NameClass.COUNTRY); break;
            case "GEB": case "GEO": case "MOU": case "WAT": s.add(NameClass.GEOGRAPHIC); break;
            default: s.add(NameClass.OTHER_NAME); break;
        }
        return s;
    }
}
