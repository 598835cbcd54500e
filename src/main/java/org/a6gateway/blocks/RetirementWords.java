package org.a6gateway.blocks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How a registry that sends only words says what units were retired for: patterns tried in order
 * on the retirement's purpose text, the first that matches giving the use. Words that match none
 * say no use, and a retirement without a use is a claim: a beneficiary's name alone never makes
 * units an ITMO. Configurable per deployment ({@code a6.retirement-words}); the default knows the
 * common English wording.
 */
public final class RetirementWords {

    /** Claims first: "voluntary CORSIA-style offsetting" is a voluntary claim, not a CORSIA use. */
    public static final RetirementWords DEFAULT = new RetirementWords(defaults());

    private final Map<RetirementUse, Pattern> patterns;

    public RetirementWords(Map<RetirementUse, Pattern> patterns) {
        this.patterns = new LinkedHashMap<>(patterns);
    }

    private static Map<RetirementUse, Pattern> defaults() {
        var map = new LinkedHashMap<RetirementUse, Pattern>();
        map.put(RetirementUse.VOLUNTARY_CLAIM, Pattern.compile("(?i)voluntar|carbon[ -]neutral|net[ -]zero|offsetting claim"));
        map.put(RetirementUse.CORSIA, Pattern.compile("(?i)\\bCORSIA\\b"));
        map.put(RetirementUse.NDC, Pattern.compile("(?i)\\bNDC\\b|nationally determined contribution"));
        map.put(RetirementUse.OIMP, Pattern.compile("(?i)\\bOIMP\\b|international mitigation purpose"));
        return map;
    }

    /** The use the words state, or {@link RetirementUse#UNSPECIFIED}. */
    public RetirementUse useOf(String purpose) {
        if (purpose == null || purpose.isBlank()) {
            return RetirementUse.UNSPECIFIED;
        }
        return patterns.entrySet().stream().filter(e -> e.getValue().matcher(purpose).find()).map(Map.Entry::getKey)
                .findFirst().orElse(RetirementUse.UNSPECIFIED);
    }
}
