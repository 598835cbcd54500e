package org.a6gateway.units;

import java.util.function.Function;

/** The serial formats the gateway reads (docs/domain.md §3, docs/serials.md). */
public enum SerialFormat {
    /** Verra, current: batch-start-end-VCS-VCU-code-VER-CC-scope-project-DDMMYYYY-DDMMYYYY-flag. */
    VERRA("Verra", VerraSerials::current),
    /** Verra, legacy (and old APX): batch-start-end-VCU-code-MER|APX|VER-CC-scope-project-from-to-flag. */
    VERRA_LEGACY("Verra legacy", VerraSerials::legacy),
    /** Verra's new platform (2026): the current form without the sectoral scope. */
    VERRA_2026("Verra 2026", VerraSerials::newPlatform),
    /** Gold Standard: GS1-1-CC-GSid-sequence-vintage-issuance-start-end. */
    GOLD_STANDARD("Gold Standard", GoldStandardSerials::parse),
    /** CDM units in the Gold Standard export, a range of two unit ids "first - last". */
    CDM("CDM", CdmSerials::parse),
    /** Climate Action Reserve: CAR-type-CC-project-ptype-developer-state-vintage-batch-start to end. */
    CAR("Climate Action Reserve", OtherSerials::car),
    /** ACR: ACR-CC-project-vintage-batch-start-end. */
    ACR("ACR", OtherSerials::acr),
    /** Puro.earth: PURO_PR_method_CC_project_vintage_issuance_start-end. */
    PURO("Puro.earth", OtherSerials::puro),
    /** UNDP national registry: approach-CC-transferringParty-project-start-end-vintage. */
    UNDP("UNDP national registry", OtherSerials::undp),
    /** Korean voluntary programmes: KVS-unitType-CC-project-vintage-issuance-start-end (CRA: 1 t, MCC: 1 kg). */
    KOREAN("Korean voluntary", KoreanSerials::parse);

    private final String displayName;
    private final Function<String, Serial> parser;

    SerialFormat(String displayName, Function<String, Serial> parser) {
        this.displayName = displayName;
        this.parser = parser;
    }

    public String displayName() {
        return displayName;
    }

    /** Parses {@code text} as this format; surrounding whitespace is tolerated and kept in the original. */
    public Serial parse(String text) {
        if (text == null || text.isBlank()) {
            throw new SerialFormatException(displayName + " serial: empty");
        }
        return parser.apply(text);
    }
}
