package org.a6gateway.units;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * How one registry writes each label, exactly (Verra's labels use an en dash, U+2013; never
 * normalise it). Kept per registry because Gold Standard and Verra word them differently.
 */
public record LabelVocabulary(Map<LabelCode, String> texts) {

    /** Verra's Additional Certifications texts (docs/domain.md §1); the CA text is not yet published. */
    public static final LabelVocabulary VERRA = new LabelVocabulary(Map.of(
            LabelCode.A6_AUTHORIZED_NDC, "Article 6 Authorized \u2013 NDC Use",
            LabelCode.A6_AUTHORIZED_IMP, "Article 6 Authorized \u2013 Intl mitigation purposes",
            LabelCode.A6_AUTHORIZED_OP, "Article 6 Authorized \u2013 Other purposes",
            LabelCode.A6_CORRESPONDINGLY_ADJUSTED, "Article 6 Correspondingly Adjusted"));

    /**
     * Gold Standard's registry shows Article 6 authorisation per use-purpose; its exact label
     * wording is not published yet (docs/domain.md §1), so these texts are the gateway's default.
     */
    public static final LabelVocabulary GOLD_STANDARD = new LabelVocabulary(Map.of(
            LabelCode.A6_AUTHORIZED_NDC, "Article 6 Authorised - NDC use",
            LabelCode.A6_AUTHORIZED_IMP, "Article 6 Authorised - International mitigation purposes",
            LabelCode.A6_AUTHORIZED_OP, "Article 6 Authorised - Other purposes",
            LabelCode.A6_CORRESPONDINGLY_ADJUSTED, "Article 6 Correspondingly adjusted"));

    /** The vocabulary of a programme's registry; Verra's words where none is known. */
    public static LabelVocabulary ofProgram(String program) {
        return "GS".equals(program) ? GOLD_STANDARD : VERRA;
    }

    public LabelVocabulary {
        texts = Map.copyOf(new EnumMap<>(texts));
        for (LabelCode code : LabelCode.values()) {
            if (!texts.containsKey(code)) {
                throw new IllegalArgumentException("label vocabulary has no text for " + code);
            }
        }
    }

    public String text(LabelCode code) {
        return texts.get(code);
    }

    /** The label a text written exactly so stands for; empty for any other text (a registry's own labels). */
    public Optional<LabelCode> codeOf(String text) {
        return texts.entrySet().stream().filter(e -> e.getValue().equals(text)).map(Map.Entry::getKey).findFirst();
    }
}
