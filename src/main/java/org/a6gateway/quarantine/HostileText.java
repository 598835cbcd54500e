package org.a6gateway.quarantine;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Text a registry sends, checked before it reaches the store. Identifiers (serials, ids, codes)
 * are printable ASCII: a Cyrillic "А" or a fullwidth "１" looks like the real thing and would make
 * a second block of the same units, so it is refused, never normalized. Free text (project names,
 * label text with Verra's en dash) may be any language, but no text may carry invisible or
 * bidirectional control characters, which make two different strings look alike. Lengths stay
 * within the store's columns, so one record can never fail its page's transaction.
 */
public final class HostileText {

    /** Longest value per field name, from the store's columns; others get {@link #DEFAULT_LIMIT}. */
    private static final Map<String, Integer> LIMITS = Map.ofEntries(
            Map.entry("blockId", 100), Map.entry("issuanceId", 100), Map.entry("projectId", 60),
            Map.entry("program", 20), Map.entry("unitType", 20), Map.entry("hostCountry", 2),
            Map.entry("holderAccount", 100), Map.entry("text", 200), Map.entry("nationalRegistry", 10),
            Map.entry("firstItmoId", 120), Map.entry("lastItmoId", 120), Map.entry("authorizationId", 100),
            Map.entry("actionId", 100), Map.entry("adjustmentId", 100), Map.entry("underlyingRegistry", 20),
            Map.entry("registry", 20), Map.entry("gwpValues", 40), Map.entry("nonGhgMetric", 100),
            Map.entry("party", 3), Map.entry("cooperativeApproachId", 6), Map.entry("terms", 4000),
            Map.entry("authorizedParties", 3), Map.entry("registryId", 10), Map.entry("unitSize", 30),
            Map.entry("sectors", 100), Map.entry("activityTypes", 100), Map.entry("authorizedEntities", 200));
    static final int DEFAULT_LIMIT = 300;
    private static final String INVISIBLE_REFUSED = ": invisible and bidirectional control characters are refused, never stripped";

    /** Fields of human language; every other string is an identifier or a code. */
    private static final Set<String> FREE_TEXT = Set.of("projectName", "text", "purpose", "beneficiary", "terms",
            "oimpDetail", "subtype", "authorizedEntities", "sectors", "activityTypes", "usingEntity", "holderAccount",
            "nonGhgMetric", "documentLinks");

    private HostileText() {
    }

    /** Refuses {@code text} of field {@code field} (reported as {@code path}) unless it is safe to store. */
    public static void check(String path, String field, String text) {
        int limit = LIMITS.getOrDefault(field, DEFAULT_LIMIT);
        if (text.length() > limit) {
            throw new RecordRefused(QuarantineReason.OVERLONG_VALUE, "field '" + path + "' is " + text.length()
                    + " characters long; at most " + limit + " are accepted");
        }
        if (FREE_TEXT.contains(field)) {
            var invisible = invisibleCharacter(text);
            if (invisible.isPresent()) {
                throw new RecordRefused(QuarantineReason.SPOOFED_CHARACTER, "field '" + path + "' holds " + invisible.get());
            }
        } else {
            checkIdentifier(path, text);
        }
        if (Links.FIELDS.contains(field)) {
            Links.check(path, text);
        }
    }

    private static void checkIdentifier(String path, String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp < 0x20 || cp > 0x7E) {
                throw new RecordRefused(QuarantineReason.SPOOFED_CHARACTER, "field '" + path + "' holds " + describe(cp)
                        + " at position " + i + ": identifiers are ASCII; look-alike characters are refused, never normalized");
            }
            i += Character.charCount(cp);
        }
    }

    /**
     * Why {@code text} may not be stored as free text (an invisible or bidirectional control
     * character, named with its position), or empty when it may: the check every ingest path makes
     * on text it takes as written, the registries' export files included.
     */
    public static Optional<String> invisibleCharacter(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (invisible(cp)) {
                return Optional.of(describe(cp) + " at position " + i + INVISIBLE_REFUSED);
            }
            i += Character.charCount(cp);
        }
        return Optional.empty();
    }

    /** Zero-width characters, bidi controls, byte-order marks, control codes, private use, lone surrogates. */
    private static boolean invisible(int cp) {
        int type = Character.getType(cp);
        boolean layoutWhitespace = cp == '\t' || cp == '\n' || cp == '\r';
        return !layoutWhitespace && (type == Character.FORMAT || type == Character.CONTROL
                || type == Character.PRIVATE_USE || type == Character.SURROGATE || type == Character.UNASSIGNED);
    }

    /** "U+0410 CYRILLIC CAPITAL LETTER A". */
    public static String describe(int cp) {
        String name = Character.getName(cp);
        return String.format("U+%04X", cp) + (name == null ? "" : " " + name);
    }
}
