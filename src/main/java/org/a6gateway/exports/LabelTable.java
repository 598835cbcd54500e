package org.a6gateway.exports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.a6gateway.units.LabelCode;

/**
 * Each registry's label texts, exactly as its exports write them, and the gateway code each
 * means: the {@link LabelCode}s for Article 6 and {@code CORSIA_*} codes for CORSIA eligibility.
 * Lookup is by exact text: {@code "Article 6 Authorized - NDC Use"} with a hyphen is not Verra's
 * label (an en dash) and maps to nothing, so a mistyped label is reported, never taken.
 */
public final class LabelTable {

    static final String CORSIA_PREFIX = "CORSIA_";
    private static final Set<String> ARTICLE6_CODES = Stream.of(LabelCode.values()).map(Enum::name).collect(Collectors.toSet());

    private final Map<String, Map<String, String>> codes;

    public LabelTable(Map<String, List<ExportProperties.LabelEntry>> table) {
        var bySource = new HashMap<String, Map<String, String>>();
        table.forEach((source, entries) -> {
            var texts = new HashMap<String, String>();
            for (var entry : entries) {
                if (!ARTICLE6_CODES.contains(entry.code()) && !entry.code().startsWith(CORSIA_PREFIX)) {
                    throw new IllegalArgumentException("a6.exports.labels." + source + ": code '" + entry.code() + "' for '"
                            + entry.text() + "' is neither one of " + ARTICLE6_CODES + " nor CORSIA_*");
                }
                if (texts.put(entry.text(), entry.code()) != null) {
                    throw new IllegalArgumentException("a6.exports.labels." + source + ": '" + entry.text() + "' is listed twice");
                }
            }
            bySource.put(source, Map.copyOf(texts));
        });
        codes = Map.copyOf(bySource);
    }

    /** The gateway code of a label as this source writes it, if the table knows the exact text. */
    public Optional<String> code(ExportSource source, String text) {
        return Optional.ofNullable(codes.getOrDefault(source.key(), Map.of()).get(text));
    }

    /** Whether an import reports this label: the table knows it, or it reads like one the table should. */
    boolean isReported(ExportSource source, String text) {
        return code(source, text).isPresent() || looksLikeArticle6OrCorsia(text);
    }

    static boolean isArticle6(String code) {
        return ARTICLE6_CODES.contains(code);
    }

    /** Text that looks like an Article 6 or CORSIA label: one the table does not know must be reported, not skipped. */
    static boolean looksLikeArticle6OrCorsia(String text) {
        var lower = text.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("article 6") || lower.startsWith("article six") || lower.startsWith("corsia");
    }
}
