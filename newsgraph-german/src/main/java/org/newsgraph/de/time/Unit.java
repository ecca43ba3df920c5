package org.newsgraph.de.time;

/** Calendar units of durations and offsets, with their TIMEX3 duration letters. */
enum Unit {
    SECOND("S", true), MINUTE("M", true), HOUR("H", true), DAY("D", false), WEEK("W", false),
    MONTH("M", false), QUARTER("Q", false), YEAR("Y", false), DECADE("DE", false), CENTURY("CE", false);

    final String letter;
    final boolean timeOfDay;

    Unit(String letter, boolean timeOfDay) {
        this.letter = letter;
        this.timeOfDay = timeOfDay;
    }

    /** "P3D", "PT2H", "PXY" for a vague amount (null), "P1Y6M" for one and a half years. */
    String duration(Double amount) {
        String p = timeOfDay ? "PT" : "P";
        if (amount == null) return p + "X" + letter;
        if (amount == Math.rint(amount)) return p + (long) (double) amount + letter;
        double whole = Math.floor(amount), frac = amount - whole;
        String head = whole > 0 ? (long) whole + letter : "";
        return switch (this) {
            case YEAR -> "P" + head + Math.round(frac * 12) + "M";
            case DAY -> "P" + (whole > 0 ? head : "") + "T" + Math.round(frac * 24) + "H";
            case HOUR -> "PT" + head + Math.round(frac * 60) + "M";
            case MONTH -> "P" + (whole > 0 ? head : "") + Math.round(frac * 30) + "D";
            case WEEK -> "P" + Math.round(amount * 7) + "D";
            case CENTURY -> "P" + Math.round(amount * 10) + "DE";
            case DECADE -> "P" + Math.round(amount * 10) + "Y";
            default -> p + amount + letter;
        };
    }
}
