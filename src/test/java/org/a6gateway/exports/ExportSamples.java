package org.a6gateway.exports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The real export samples copied into the test resources (src/test/resources/registry-exports). */
final class ExportSamples {

    static final String VERRA_ISO = "verra_vcus_legacy_iso_sample.csv";
    static final String VERRA_DDMMYYYY = "verra_vcus_legacy_ddmmyyyy_sample.csv";
    static final String VERRA_API = "verra_api_search_response_sample.json";
    static final String VERRA_REPORTS = "verra_spglobal_2026_public_report_records_sample.json";
    static final String GS_ISSUANCES = "gs_credits_issuances_sample.csv";
    static final String GS_RETIREMENTS = "gs_credits_retirements_sample.csv";
    static final String GS_API_CREDITS = "gs_public_api_credits_sample.json";
    static final String GS_PROJECTS = "gs_public_api_projects_sample.json";

    private ExportSamples() {
    }

    /** The content as a file of its own, as the import reads it; deleted when the JVM exits. */
    static Path file(byte[] content) {
        try {
            var file = Files.createTempFile("a6-export-", ".bin");
            file.toFile().deleteOnExit();
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String name) {
        try (var in = ExportSamples.class.getResourceAsStream("/registry-exports/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no sample " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
