package org.a6gateway.cadt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.a6gateway.blocks.BlockLabel;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStore;
import org.a6gateway.ledger.Ledger;
import org.a6gateway.nationalrecords.AuthorizationStore;
import org.a6gateway.publication.PublicationResult;
import org.a6gateway.simulator.SimulatorEnvironment;
import org.a6gateway.sync.SyncRun;
import org.a6gateway.sync.SyncRuns;
import org.a6gateway.testing.CadtNode;
import org.a6gateway.testing.CadtNodeAnswers;
import org.a6gateway.units.LabelCode;
import org.a6gateway.units.SerialRange;
import org.a6gateway.units.Serials;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The demo synced with the real CADT node as its publication registry, checked through CADT's own
 * API: every authorized block becomes one CADT unit with the adjustment's declaration and status
 * its labels call for and its letter of authorization; a second sync publishes nothing; an
 * adjustment the national registry then reports changes exactly the one unit it covers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ExtendWith(CadtNodeAnswers.class)
class CadtPublicationIT {

    private static final CadtNode CADT = new CadtNode();

    @Autowired
    SyncRuns syncs;
    @Autowired
    BlockStore blocks;
    @Autowired
    AuthorizationStore authorizations;
    @Autowired
    ConfigurableEnvironment environment;
    @Autowired
    Ledger ledger;

    @DynamicPropertySource
    static void cadt(DynamicPropertyRegistry properties) {
        properties.add("a6.cadt.url", () -> CadtNode.URL);
        // CADT applies commits on a 10 s timer: looking more often than production does sees them sooner
        properties.add("a6.publication.commit-poll", () -> "100ms");
    }

    @BeforeAll
    static void anEmptyNode() {
        CADT.ensureHomeOrganization();
        CADT.deleteAllUnits();
    }

    @Test
    void publishesTheDemoThenNothingThenTheOneUnitWhoseAdjustmentWasReported() {
        var first = published(syncs.runNow());
        var units = CADT.units();
        var authorized = authorizedBlocks();
        assertThat(units).as("CADT's units, each an authorized block's").extracting(CadtPublicationIT::range)
                .allMatch(authorized::containsKey);
        assertThat(first.created()).isEqualTo(units.size()).isPositive();
        assertThat(first.created() + first.refused()).as("every authorized block published or refused with its reason")
                .isEqualTo(authorizedCount());
        for (JsonNode unit : units) {
            var block = authorized.get(range(unit));
            assertThat(block).as(unit.path("unitBlockStart").asText()).isNotNull();
            assertThat(unit.path("unitCount").asLong()).isEqualTo(block.quantity());
            assertThat(unit.path("correspondingAdjustmentDeclaration").asText()).isEqualTo("Committed");
            assertThat(unit.path("correspondingAdjustmentStatus").asText()).isEqualTo(expectedStatus(block));
            assertThat(letters(unit)).isNotEmpty().allSatisfy(id -> assertThat(authorizations.find(id)).isPresent());
        }
        assertThat(units.stream().map(u -> u.path("correspondingAdjustmentStatus").asText()).distinct())
                .containsExactlyInAnyOrder("Not Started", "Pending", "Completed");
        var before = shown(units);

        long seen = ledger.count();
        var second = published(syncs.runNow());
        assertThat(second.created() + second.updated() + second.split()).as("a second sync publishes nothing: %s",
                ledger.after(seen, 20).stream().map(e -> e.kind() + " " + e.subject() + " " + e.before()).toList()).isZero();
        assertThat(shown(CADT.units())).isEqualTo(before);

        var pending = units.stream().filter(u -> u.path("correspondingAdjustmentStatus").asText().equals("Pending"))
                .map(u -> authorized.get(range(u))).filter(b -> b.program().equals("VCS")).findFirst().orElseThrow();
        reportAdjustment(pending);
        var third = published(syncs.runNow());
        assertThat(third.created() + third.split()).isZero();
        assertThat(third.updated()).isEqualTo(1);
        var after = CADT.units();
        var changed = after.stream().filter(u -> !shown(u).equals(before.get(u.path("warehouseUnitId").asText()))).toList();
        assertThat(changed).hasSize(1);
        assertThat(range(changed.get(0)).range()).isEqualTo(pending.range());
        assertThat(changed.get(0).path("correspondingAdjustmentStatus").asText()).isEqualTo("Completed");
    }

    private static PublicationResult published(SyncRun run) {
        assertThat(run.status()).as(String.valueOf(run.failure())).isEqualTo("COMPLETED");
        var result = run.summary().published().get("cadt");
        assertThat(result.error()).isNull();
        return result;
    }

    private long authorizedCount() {
        var codes = LabelCode.AUTHORIZED.stream().map(Enum::name).collect(Collectors.toSet());
        var count = new long[1];
        blocks.forEach(b -> count[0] += b.labels().stream().anyMatch(l -> codes.contains(l.code())) ? 1 : 0);
        return count[0];
    }

    /** Units of one issuance, as serials name them. */
    private record Units(String registry, String issuance, SerialRange range) {
    }

    /** The blocks carrying an Article 6 authorized label, by their units. */
    private Map<Units, BlockRecord> authorizedBlocks() {
        var authorized = new HashMap<Units, BlockRecord>();
        var codes = LabelCode.AUTHORIZED.stream().map(Enum::name).collect(Collectors.toSet());
        blocks.forEach(b -> {
            if (b.labels().stream().anyMatch(l -> codes.contains(l.code()))) {
                var serial = Serials.parse(b.serial());
                authorized.put(new Units(serial.registry(), serial.issuance(), b.range()), b);
            }
        });
        return authorized;
    }

    private static String expectedStatus(BlockRecord block) {
        if (block.labels().stream().anyMatch(l -> l.code().equals(LabelCode.A6_CORRESPONDINGLY_ADJUSTED.name()))) {
            return "Completed";
        }
        return block.itmoReference() != null ? "Pending" : "Not Started";
    }

    private static Units range(JsonNode unit) {
        var first = Serials.parse(unit.path("unitBlockStart").asText());
        var last = Serials.parse(unit.path("unitBlockEnd").asText());
        return new Units(first.registry(), first.issuance(), SerialRange.of(first.range().start(), last.range().end()));
    }

    private static List<String> letters(JsonNode unit) {
        var letters = new ArrayList<String>();
        unit.path("labels").forEach(l -> {
            if (l.path("labelType").asText().equals("Letter of Authorization")) {
                letters.add(l.path("label").asText());
            }
        });
        return letters;
    }

    /** What each unit states, by its id (CADT's own bookkeeping, such as timestamps, left out). */
    private static Map<String, String> shown(List<JsonNode> units) {
        return units.stream().collect(Collectors.toMap(u -> u.path("warehouseUnitId").asText(),
                CadtPublicationIT::shown, (a, b) -> a, TreeMap::new));
    }

    private static String shown(JsonNode unit) {
        var fields = new ArrayList<String>();
        for (String field : List.of("unitBlockStart", "unitBlockEnd", "unitCount", "vintageYear", "unitStatus", "unitStatusReason",
                "countryJurisdictionOfOwner", "correspondingAdjustmentDeclaration", "correspondingAdjustmentStatus")) {
            fields.add(unit.path(field).asText());
        }
        fields.add(letters(unit).stream().sorted().toList().toString());
        return String.join("|", fields);
    }

    /** The national registry reports the adjustment of the block's ITMOs, as its officers would. */
    private void reportAdjustment(BlockRecord block) {
        var reference = block.itmoReference();
        var authorization = authorizations.find(block.labels().stream().map(BlockLabel::authorizationId)
                .filter(Objects::nonNull).findFirst().orElseThrow()).orElseThrow();
        var json = new ObjectMapper();
        var change = json.createObjectNode().put("kind", "CORRESPONDING_ADJUSTMENT");
        change.putObject("correspondingAdjustment").put("adjustmentId", "CADT-TEST-CA-1").put("party", authorization.party())
                .put("btrYear", 2026).put("reportedOn", "2026-12-01").put("firstItmoId", reference.firstItmoId())
                .put("lastItmoId", reference.lastItmoId()).put("quantity", block.quantity());
        SimulatorEnvironment.started(environment).orElseThrow().recordNational(change);
    }
}
