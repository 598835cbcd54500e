package org.a6gateway.exports;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The export formats the gateway reads, each named as the CLI and the API take it. */
public enum ExportFormat {
    /** Verra's VCU export, the single issuance/retirement view used until 2026-07-27: CSV or XLSX, 17 columns. */
    VERRA_VCUS("verra-vcus", ExportSource.VERRA),
    /** The JSON behind that export (the registry's search API: {@code value[]}, {@code serialNumbers}). */
    VERRA_API("verra-api", ExportSource.VERRA),
    /** Verra's new-platform public reports: issuances, retirements and cancellations. */
    VERRA_REPORTS("verra-reports", ExportSource.VERRA),
    /** Gold Standard Impact Registry issuances export, 18 columns. */
    GS_ISSUANCES("gs-issuances", ExportSource.GOLD_STANDARD),
    /** Gold Standard retirements export, 23 columns (22 before the Article Six Authorization column). */
    GS_RETIREMENTS("gs-retirements", ExportSource.GOLD_STANDARD),
    /** Gold Standard public API credits ({@code number_of_credits}, {@code serial_number}, {@code status}). */
    GS_API_CREDITS("gs-api-credits", ExportSource.GOLD_STANDARD),
    /**
     * Gold Standard public API projects ({@code sustaincert_id}, {@code estimated_annual_credits},
     * crediting period, country; no serials): stored as projects, not as credit blocks.
     */
    GS_PROJECTS("gs-projects", ExportSource.GOLD_STANDARD);

    private final String option;
    private final ExportSource source;

    ExportFormat(String option, ExportSource source) {
        this.option = option;
        this.source = source;
    }

    public String option() {
        return option;
    }

    public ExportSource source() {
        return source;
    }

    /** The format named {@code verra-vcus}, {@code gs-retirements}, …; anything else names the choices. */
    /** A list of projects rather than of credit blocks. */
    public boolean isProjects() {
        return this == GS_PROJECTS;
    }

    public static ExportFormat ofOption(String option) {
        return Arrays.stream(values()).filter(f -> f.option.equals(option)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown export format '" + option + "'; one of: " + options()));
    }

    public static String options() {
        return Arrays.stream(values()).map(ExportFormat::option).collect(Collectors.joining(", "));
    }
}
