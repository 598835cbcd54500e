package org.a6gateway.blocks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The words a registry uses for what units were retired for, when it sends no structured
 * {@code retirement.useType}: a regular expression per use, tried in the order given, e.g.
 * {@code a6.retirement-words.VOLUNTARY_CLAIM=(?i)compensation}. None given: the default words.
 */
@ConfigurationProperties("a6")
public record RetirementWordsProperties(Map<RetirementUse, String> retirementWords) {

    public RetirementWords words() {
        if (retirementWords == null || retirementWords.isEmpty()) {
            return RetirementWords.DEFAULT;
        }
        var patterns = new LinkedHashMap<RetirementUse, Pattern>();
        retirementWords.forEach((use, regex) -> patterns.put(use, Pattern.compile(regex)));
        return new RetirementWords(patterns);
    }
}
