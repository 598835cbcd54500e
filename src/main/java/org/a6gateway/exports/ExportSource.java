package org.a6gateway.exports;

/**
 * The registry an export comes from: names its label table ({@code a6.exports.labels.<key>}), its
 * quarantine entries and the program its blocks belong to (as the authorizations name it).
 */
public enum ExportSource {
    VERRA("verra", "VCS", "VCU"),
    GOLD_STANDARD("gold-standard", "GS", "VER");

    private final String key;
    private final String program;
    private final String unitType;

    ExportSource(String key, String program, String unitType) {
        this.key = key;
        this.program = program;
        this.unitType = unitType;
    }

    public String key() {
        return key;
    }

    public String program() {
        return program;
    }

    public String unitType() {
        return unitType;
    }

    /** The name imported rows and their quarantine entries carry: {@code verra-export}. */
    public String registryName() {
        return key + "-export";
    }
}
