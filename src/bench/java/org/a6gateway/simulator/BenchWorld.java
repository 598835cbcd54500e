package org.a6gateway.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.a6gateway.units.Serials;

/**
 * A seeded, deterministic registry world at scale for the bench: N private blocks and M national
 * records, each made from its index alone (nothing is held, so a million blocks cost no heap), in
 * the shapes the synthetic demo gives its records.
 *
 * <p>Blocks come in issuances of {@value #BLOCKS_PER_ISSUANCE} (an issuance split into blocks of
 * 1–5,000 units, sizes drawn from the seed) and projects of {@value #ISSUANCES_PER_PROJECT}
 * issuances, all Korean ({@code KVS-CRA-KR-B<project>-…}). Every other project is authorized for
 * NDC use (first transfer = first international transfer) and its blocks already carry the
 * registry's label for it: the steady state of a registry the gateway has kept before. The
 * national records are the authorizations (a quarter of M), then, per transferred block, its
 * first-transfer action, its ITMO pair and the BTR corresponding adjustment naming it; those blocks
 * carry the pair's ITMO reference and the "correspondingly adjusted" label. None of this
 * disagrees: the discrepancies are the synthetic demo's, exactly one of each type, served after
 * the generated records ({@link RegistrySimulators#startBench}).
 */
public final class BenchWorld {

    static final int BLOCKS_PER_ISSUANCE = 4;
    static final int ISSUANCES_PER_PROJECT = 5;
    static final int BLOCKS_PER_PROJECT = BLOCKS_PER_ISSUANCE * ISSUANCES_PER_PROJECT;
    /** Generated issuance ids start here, far from the demo's (1001–2018). */
    static final long FIRST_ISSUANCE = 100_000;
    private static final int RECORDS_PER_TRANSFER = 3;

    private final long seed;
    private final int blocks;
    private final int national;
    private final int authorizations;
    private final int transfers;
    private final SyntheticDemo shaper;
    private final ObjectMapper json;

    public BenchWorld(long seed, int blocks, int nationalRecords) {
        if (blocks < BLOCKS_PER_PROJECT * 2 || nationalRecords < 4) {
            throw new IllegalArgumentException("a bench world needs at least " + BLOCKS_PER_PROJECT * 2
                    + " blocks and 4 national records");
        }
        this.seed = seed;
        this.blocks = blocks;
        int projects = (blocks + BLOCKS_PER_PROJECT - 1) / BLOCKS_PER_PROJECT;
        int authorizedProjects = projects / 2;
        this.authorizations = Math.min(Math.max(1, nationalRecords / 4), authorizedProjects);
        // a transferred block j lies in authorized project j % A, at block j / A of it
        // authorized projects (2a, a < A ≤ projects / 2) are never the last, partial one
        this.transfers = Math.min((nationalRecords - authorizations) / RECORDS_PER_TRANSFER, authorizations * BLOCKS_PER_PROJECT);
        this.national = authorizations + transfers * RECORDS_PER_TRANSFER;
        this.json = new ObjectMapper();
        this.shaper = SyntheticDemo.shaper(json);
    }

    public long seed() {
        return seed;
    }

    public int blocks() {
        return blocks;
    }

    /** The national records generated: M rounded down to whole transfers. */
    public int nationalRecords() {
        return national;
    }

    public int authorizations() {
        return authorizations;
    }

    public int transferredBlocks() {
        return transfers;
    }

    /** Block {@code i} (0 ≤ i < N) as the private registry publishes it. */
    ObjectNode block(int i) {
        long issuance = i / BLOCKS_PER_ISSUANCE;
        int part = i % BLOCKS_PER_ISSUANCE;
        int project = (int) (issuance / ISSUANCES_PER_PROJECT);
        long[] sizes = sizes(issuance);
        long start = 1;
        for (int k = 0; k < part; k++) {
            start += sizes[k];
        }
        int vintage = vintage(project);
        var serial = Serials.parse("KVS-CRA-KR-" + projectId(project) + "-" + vintage + "-" + issuanceId(issuance)
                + "-" + start + "-" + (start + sizes[part] - 1));
        var source = json.createObjectNode().put("projectName", "SYNTHETIC BENCH project " + project)
                .put("issuanceDate", issuanceDate(vintage, issuance).toString()).put("vintage", vintage);
        if (authorized(project)) {
            var labels = source.putArray("labels");
            labels.addObject().put("code", "A6_AUTHORIZED_NDC").put("text", "Article 6 Authorized \u2013 NDC Use")
                    .put("authorizationId", authorizationId(project));
            if (transferred(i)) {
                labels.addObject().put("code", "A6_CORRESPONDINGLY_ADJUSTED").put("text", "Article 6 Correspondingly Adjusted");
                source.put("itmoReference", true);
            }
        }
        return shaper.block(source, serial);
    }

    /** National record {@code r} (0 ≤ r < M) as the national registry's change feed carries it: {kind, field, value}. */
    SyntheticDemo.Change nationalRecord(int r) {
        if (r < authorizations) {
            return new SyntheticDemo.Change("AUTHORIZATION", "authorization", authorization(2 * r));
        }
        int j = (r - authorizations) / RECORDS_PER_TRANSFER;
        int block = transferredBlock(j);
        var b = block(block);
        int project = (int) ((block / BLOCKS_PER_ISSUANCE) / ISSUANCES_PER_PROJECT);
        var units = json.createObjectNode().put("authorizationId", authorizationId(project))
                .put("issuanceId", b.get("issuanceId").asText()).put("vintage", b.get("vintageYear").asInt());
        long first = b.get("blockStart").asLong();
        long last = b.get("blockEnd").asLong();
        return switch ((r - authorizations) % RECORDS_PER_TRANSFER) {
            // full serial strings, as a registry sends them: the national record then names the issuance
            case 0 -> new SyntheticDemo.Change("ACTION", "action", shaper.action(json.createObjectNode()
                    .put("actionId", "BENCH-FT-" + j).put("type", "FIRST_TRANSFER").put("date", "2026-06-30")
                    .put("authorizationId", authorizationId(project)).put("vintage", b.get("vintageYear").asInt())
                    .put("firstUnitId", b.get("serial").asText()).put("lastUnitId", b.get("serial").asText())
                    .put("acquiringParty", "CHE")));
            case 1 -> new SyntheticDemo.Change("ITMO_PAIR", "itmoPair", shaper.itmoPair(units.put("firstUnit", first)
                    .put("lastUnit", last)));
            default -> new SyntheticDemo.Change("CORRESPONDING_ADJUSTMENT", "correspondingAdjustment",
                    shaper.adjustment(units.put("adjustmentId", "BENCH-BTR2026-" + j).put("btrYear", 2026)
                            .put("reportedOn", "2026-10-01").put("firstUnit", first).put("lastUnit", last)));
        };
    }

    private ObjectNode authorization(int project) {
        var source = json.createObjectNode().put("authorizationId", authorizationId(project)).put("version", 1)
                .put("status", "ACTIVE").put("date", "2025-06-01").put("authorizationYear", 2025)
                .put("firstTransferDefinition", "FIRST_INTERNATIONAL_TRANSFER").put("projectId", projectId(project));
        source.putArray("purposes").add("NDC");
        return shaper.authorization(source);
    }

    /** Authorized: an even project among the first 2·A. */
    private boolean authorized(int project) {
        return project % 2 == 0 && project / 2 < authorizations;
    }

    private int transferredBlock(int j) {
        int project = 2 * (j % authorizations);
        return project * BLOCKS_PER_PROJECT + j / authorizations;
    }

    private boolean transferred(int i) {
        int project = i / BLOCKS_PER_PROJECT;
        int j = (i % BLOCKS_PER_PROJECT) * authorizations + project / 2;
        return j < transfers && transferredBlock(j) == i;
    }

    /** The sizes of an issuance's blocks, drawn from the seed and the issuance alone. */
    private long[] sizes(long issuance) {
        var random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + issuance);
        long[] sizes = new long[BLOCKS_PER_ISSUANCE];
        for (int k = 0; k < sizes.length; k++) {
            sizes[k] = 1 + random.nextInt(5_000);
        }
        return sizes;
    }

    private int vintage(int project) {
        return 2021 + (int) Math.floorMod(seed + project, 4);
    }

    private static LocalDate issuanceDate(int vintage, long issuance) {
        return LocalDate.of(vintage + 1, 1, 1).plusDays(issuance % 300);
    }

    private static String projectId(int project) {
        return "B" + project;
    }

    private static String issuanceId(long issuance) {
        return Long.toString(FIRST_ISSUANCE + issuance);
    }

    private static String authorizationId(int project) {
        return "KOR-KVS-" + projectId(project);
    }
}
