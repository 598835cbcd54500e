package org.a6gateway.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.a6gateway.units.Serials;

/** The private registry's published block for one seed row, shaped as {@code vcm-registry.yaml}'s CreditBlock. */
final class VcmSeed {

    static final String SEEDED_AT = "2026-08-14T00:00:00Z";

    private VcmSeed() {
    }

    static ObjectNode block(ObjectMapper json, SeedRow row) {
        var fields = Serials.parse(row.serial());
        var gs = "GS".equals(row.registry());
        var block = json.createObjectNode()
                .put("blockId", row.registry() + "-" + fields.issuance() + "-" + fields.range().start())
                .put("version", 1)
                .put("serial", row.serial())
                .put("program", row.registry())
                .put("unitType", gs ? "VER" : "VCU")
                .put("projectId", row.projectId())
                .put("hostCountry", fields.country())
                .put("vintageYear", row.vintage())
                .put("vintageStart", fields.vintage().start().toString())
                .put("vintageEnd", fields.vintage().end().toString())
                .put("issuanceId", fields.issuance())
                .put("issuanceDate", row.issuanceDate().toString())
                .put("blockStart", fields.range().start())
                .put("blockEnd", fields.range().end())
                .put("quantity", row.volume())
                .put("unitSize", "1")
                .put("status", "ISSUED")
                .put("holderAccount", row.registry() + "-" + row.projectId() + "-proponent")
                .put("updatedAt", SEEDED_AT);
        block.putArray("labels");
        return block;
    }
}
