package org.a6gateway.simulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * One row of the seed file: a real block that a host country authorized under Article 6, as the
 * GS/Verra corresponding-adjustments reporting tool publishes it. The file has no quoted fields.
 */
record SeedRow(String program, String projectId, long volume, String serial, int vintage, String country,
               String firstTransferDefinition, int authorizationYear, LocalDate issuanceDate, boolean ndc,
               boolean oimp, String cooperativeApproach, boolean onCarp, String url) {

    static final String HEADER = "program,project_id,volume,serial,vintage,country,first_transfer_definition,"
            + "authorization_year,issuance_date,issuance_year,ndc,oimp,cooperative_approach,on_carp,url";

    static List<SeedRow> read(InputStream csv) throws IOException {
        try (var reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (!HEADER.equals(header)) {
                throw new IOException("unexpected seed header: " + header);
            }
            return reader.lines().filter(line -> !line.isBlank()).map(SeedRow::parse).toList();
        }
    }

    private static SeedRow parse(String line) {
        String[] f = line.split(",", -1);
        return new SeedRow(f[0], f[1], Long.parseLong(f[2]), f[3], Integer.parseInt(f[4]), f[5], f[6],
                Integer.parseInt(f[7]), LocalDate.parse(f[8]), "1".equals(f[10]), "1".equals(f[11]), f[12],
                "1".equals(f[13]), f[14]);
    }

    /** The registry name the AEF uses for the underlying units. */
    String registry() {
        return "Verra".equals(program) ? "VCS" : program;
    }
}
