package org.a6gateway.foreign;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.a6gateway.authorization.AuthorizedUses;
import org.a6gateway.blocks.BlockLabel;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.blocks.BlockStatus;
import org.a6gateway.blocks.RetirementUse;
import org.a6gateway.itmo.StoredPair;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.AuthorizationStatus;
import org.a6gateway.nationalrecords.CorrespondingAdjustment;
import org.a6gateway.nationalrecords.CoveredActivity;
import org.a6gateway.nationalrecords.FirstTransferDefinition;
import org.a6gateway.nationalrecords.ItmoAction;
import org.a6gateway.units.ItmoBlock;
import org.a6gateway.units.ItmoIdentifier;
import org.a6gateway.units.ItmoPair;
import org.a6gateway.units.LabelCode;
import org.a6gateway.units.Purpose;
import org.a6gateway.units.SerialRange;

/**
 * A registry pair the gateway never saw, made from a seed: a Party and projects of its own, every
 * optional field of the contracts present or left out, labels the registry applied by itself
 * (naming no authorization, the right one or another, for allowed uses and not), retirements told
 * by a structured use, by words only or by a beneficiary only, first transfers the national
 * registry recorded on its own (claimed units among them), and BTR adjustments naming units first
 * transferred or not. Everything the contracts allow, nothing the demo needs.
 */
record ForeignRegistry(long seed, String party, String approach, List<AuthorizationRecord> authorizations,
                       List<BlockRecord> blocks, List<ItmoAction> actions, List<CorrespondingAdjustment> adjustments,
                       List<StoredPair> nationalPairs, Map<String, RetirementUse> structuredUses,
                       Map<String, Map<String, Long>> conversions) {

    static final String REGISTRY = "vcm-registry";
    static final String NATIONAL = "national-registry";

    /** The use the registry stated in structure for a block's retirement, or null when it sent words only. */
    RetirementUse structuredUse(BlockRecord block) {
        return structuredUses.get(block.blockId().split("\\.")[0].replace("-AGAIN", ""));
    }

    /** Real Parties the demo never uses, each with its alpha-2. */
    private static final String[][] PARTIES = {{"NOR", "NO"}, {"CHL", "CL"}, {"GHA", "GH"}, {"THA", "TH"},
        {"PER", "PE"}, {"SEN", "SN"}, {"VNM", "VN"}, {"CRI", "CR"}};
    /** Programmes with an ITMO serial scheme: a made-up one would only ever be held back. */
    private static final String[] PROGRAMS = {"VCS", "GS", "ACR", "CAR"};
    /** The words beside a structured use: they say nothing, the structure does. */
    static final String STRUCTURED = "as instructed by the account holder";
    private static final String[] WORDS_FOR_CLAIMS = {"Voluntary claim", "offset of company travel",
        "retired on behalf of ACME Ltd", "", "carbon neutral product line"};
    private static final String[] WORDS_FOR_USES = {"CORSIA first phase", "use towards the host's NDC",
        "other international mitigation purposes (OIMP)"};

    static ForeignRegistry generate(long seed) {
        return generate(seed, 1).withKilograms();
    }

    /** Kilogram mini credits (KVS MCC, 0.001 t a unit). */
    static final String KILOGRAM_PROGRAM = "KVS";
    static final String KILOGRAM_UNIT = "MCC";
    static final BigDecimal KILOGRAM = new BigDecimal("0.001");
    static final long UNITS_A_TONNE = 1_000;

    /**
     * The same world with a kilogram project added, drawn from a random sequence of its own so the
     * rest of the world stays as the seed made it; and, most of the time, the Party's conversion
     * declared (right, or one that disagrees with the unit size).
     */
    ForeignRegistry withKilograms() {
        var random = new Random(~seed);
        var maker = new Maker(random, party, blocks.get(0).hostCountry(), approach);
        maker.kilogramProject();
        var conversions = switch (random.nextInt(5)) {
            case 0 -> Map.<String, Map<String, Long>>of();
            case 1 -> Map.of(KILOGRAM_PROGRAM, Map.of(KILOGRAM_UNIT, random.nextBoolean() ? 100L : 10_000L));
            default -> Map.of(KILOGRAM_PROGRAM, Map.of(KILOGRAM_UNIT, UNITS_A_TONNE));
        };
        return new ForeignRegistry(seed, party, approach, concat(authorizations, maker.authorizations),
                concat(blocks, maker.blocks), concat(actions, maker.actions),
                adjustments, nationalPairs, structuredUses, conversions);
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        var all = new ArrayList<T>(first);
        all.addAll(second);
        return List.copyOf(all);
    }

    /** A world of at least {@code projects} projects. */
    static ForeignRegistry generate(long seed, int projects) {
        var random = new Random(seed);
        var partyCodes = PARTIES[random.nextInt(PARTIES.length)];
        var maker = new Maker(random, partyCodes[0], partyCodes[1]);
        projects += random.nextInt(3);
        for (int p = 0; p < projects; p++) {
            maker.project(p);
        }
        maker.nationalRecords();
        return new ForeignRegistry(seed, partyCodes[0], maker.approach, List.copyOf(maker.authorizations),
                List.copyOf(maker.blocks), List.copyOf(maker.actions), List.copyOf(maker.adjustments),
                List.copyOf(maker.pairs), Map.copyOf(maker.structuredUses), Map.of());
    }

    /**
     * The same registries, where the private one also sends units it already sent under a second
     * block id: after some blocks, a block of the same issuance and provenance (a double issuance,
     * or a block sent again under a new id) on the same units, some of them, or some of them and
     * the issuance's units after them. Drawn from a sequence of its own, so the rest of the world
     * is the one {@link #generate} made.
     */
    ForeignRegistry withUnitsTwice() {
        var random = new Random(~seed);
        var with = new ArrayList<BlockRecord>();
        for (BlockRecord block : blocks) {
            with.add(block);
            if (random.nextInt(3) == 0) {
                long issuanceEnd = blocks.stream().filter(b -> b.program().equals(block.program())
                        && b.issuanceId().equals(block.issuanceId())).mapToLong(BlockRecord::blockEnd).max().orElseThrow();
                long start = block.blockStart() + (random.nextBoolean() ? 0 : random.nextInt((int) block.quantity()));
                long end = switch (random.nextInt(3)) {
                    case 0 -> block.blockEnd();
                    case 1 -> start + random.nextInt((int) (block.blockEnd() - start + 1));
                    default -> start + random.nextInt((int) (issuanceEnd - start + 1));
                };
                boolean otherIssuance = block.program().equals("VCS") && random.nextBoolean();
                with.add(again(block, otherIssuance ? "9" + block.issuanceId() : block.issuanceId(), start, end));
            }
        }
        return new ForeignRegistry(seed, party, approach, authorizations, List.copyOf(with), actions, adjustments,
                nationalPairs, structuredUses, conversions);
    }

    /**
     * The block under a second id, on units {@code start}–{@code end} of its issuance, its serial
     * saying so; Verra's units may come again under another issuance (batch) id, since its serials
     * number units across the whole registry.
     */
    private static BlockRecord again(BlockRecord b, String issuance, long start, long end) {
        String range = b.blockStart() + (b.program().equals("CAR") ? " to " : "-") + b.blockEnd();
        int at = b.serial().lastIndexOf(range);
        String serial = b.serial().substring(0, at) + start + (b.program().equals("CAR") ? " to " : "-") + end
                + b.serial().substring(at + range.length());
        if (!issuance.equals(b.issuanceId())) {
            serial = serial.replaceFirst(b.issuanceId(), issuance);
        }
        return new BlockRecord(b.sourceRegistry(), b.blockId() + "-AGAIN", b.sourceVersion(), serial, b.program(), b.unitType(),
                b.projectId(), b.projectName(), b.hostCountry(), b.vintageYear(), b.vintageStart(), b.vintageEnd(),
                issuance, b.issuanceDate(), start, end, b.unitSize(), b.status(), b.holderAccount(), b.retirement(),
                b.labels(), b.itmoReference());
    }

    /** Builds one world; every choice is drawn from the seed's random sequence. */
    private static final class Maker {

        private final Random random;
        private final String party;
        private final String host;
        private final String approach;
        private final List<AuthorizationRecord> authorizations = new ArrayList<>();
        private final List<BlockRecord> blocks = new ArrayList<>();
        private final List<ItmoAction> actions = new ArrayList<>();
        private final List<CorrespondingAdjustment> adjustments = new ArrayList<>();
        private final Map<String, RetirementUse> structuredUses = new HashMap<>();
        private final List<StoredPair> pairs = new ArrayList<>();
        /** The national registry's own ITMO numbering: serials it hands out in order, from a base of its own. */
        private long nextItmo;
        private int issuance;
        /** Verra numbers its units registry-wide; the others per issuance. */
        private long nextVerraUnit = 1;

        Maker(Random random, String party, String host) {
            this(random, party, host, String.format("CA%04d", 1 + random.nextInt(9998)));
        }

        Maker(Random random, String party, String host, String approach) {
            this.random = random;
            this.party = party;
            this.host = host;
            this.approach = approach;
            this.issuance = 100 + random.nextInt(900);
            this.nextItmo = 1 + random.nextInt(100_000);
        }

        void project(int p) {
            String program = PROGRAMS[random.nextInt(PROGRAMS.length)];
            String project = "F" + (1000 + random.nextInt(9000)) + p;
            var authorization = random.nextInt(8) == 0 ? null : authorization(program, project, p);
            if (authorization != null) {
                authorizations.add(authorization);
            }
            int issuances = 1 + random.nextInt(3);
            for (int i = 0; i < issuances; i++) {
                issuance(program, project, String.valueOf(++issuance), authorization);
            }
        }

        /**
         * An authorized kilogram project: blocks of a few units to a few thousand, so some hold no
         * whole tonne, most leave a remainder; first transferred at authorization, at issuance, or
         * by the national registry on part of a block.
         */
        void kilogramProject() {
            String project = "K" + (1000 + random.nextInt(9000));
            var purposes = random.nextBoolean() ? EnumSet.of(Purpose.OIMP) : EnumSet.of(Purpose.NDC, Purpose.OIMP);
            var definition = random.nextInt(3) == 0 ? FirstTransferDefinition.FIRST_INTERNATIONAL_TRANSFER
                    : random.nextBoolean() ? FirstTransferDefinition.AUTHORISATION : FirstTransferDefinition.ISSUANCE;
            var authorization = new AuthorizationRecord(NATIONAL, party + "-LOA-KG-" + project, 1, AuthorizationStatus.ACTIVE,
                    party, LocalDate.of(2025, 1 + random.nextInt(12), 1), 2025, approach, false, null, "GHG", null, null,
                    purposes, null, definition, null, null, null, null, null, null, null, null, null, null, null, null,
                    List.of(new CoveredActivity(KILOGRAM_PROGRAM, project, host)), false);
            authorizations.add(authorization);
            int year = 2021 + random.nextInt(4);
            int issuances = 1 + random.nextInt(2);
            for (int i = 0; i < issuances; i++) {
                String issuanceId = String.valueOf(5000 + random.nextInt(4000) * 2 + i);
                long next = 1 + random.nextInt(1000);
                for (int b = 0, count = 1 + random.nextInt(3); b < count; b++) {
                    long start = next + (random.nextBoolean() ? 0 : random.nextInt(50));
                    long end = start + (random.nextInt(4) == 0 ? random.nextInt(999) : random.nextInt(6000));
                    next = end + 1;
                    var block = new BlockRecord(REGISTRY, KILOGRAM_PROGRAM + "-" + issuanceId + "-" + start, 1,
                            "KVS-MCC-" + host + "-" + project + "-" + year + "-" + issuanceId + "-" + start + "-" + end,
                            KILOGRAM_PROGRAM, KILOGRAM_UNIT, project, null, host, year, null, null, issuanceId,
                            LocalDate.of(2025, 3, 1), start, end, KILOGRAM, random.nextInt(8) == 0 ? BlockStatus.REVOKED
                                    : BlockStatus.ISSUED, null, null, List.of(), null);
                    blocks.add(block);
                    long tonnes = (end - start + 1) / UNITS_A_TONNE;
                    if (definition == FirstTransferDefinition.FIRST_INTERNATIONAL_TRANSFER && tonnes > 0 && random.nextBoolean()) {
                        // The national registry transfers whole tonnes: its quantity is exact.
                        long transferred = 1 + random.nextInt((int) tonnes);
                        var units = SerialRange.ofQuantity(start, transferred * UNITS_A_TONNE);
                        actions.add(new ItmoAction("FT-KG-" + actions.size(), ItmoAction.FIRST_TRANSFER, LocalDate.of(2026, 2, 1),
                                authorization.authorizationId(), KILOGRAM_PROGRAM, issuanceId, units, null, null, transferred,
                                false, null));
                    }
                }
            }
        }

        private AuthorizationRecord authorization(String program, String project, int p) {
            var purposes = EnumSet.noneOf(Purpose.class);
            for (Purpose purpose : Purpose.values()) {
                if (random.nextInt(3) == 0) {
                    purposes.add(purpose);
                }
            }
            if (purposes.isEmpty()) {
                purposes.add(Purpose.values()[random.nextInt(Purpose.values().length)]);
            }
            Integer vintageFrom = random.nextBoolean() ? null : 2019 + random.nextInt(3);
            Integer vintageTo = random.nextBoolean() ? null : 2022 + random.nextInt(3);
            LocalDate mitigationFrom = random.nextInt(3) == 0 ? LocalDate.of(2020, 1 + random.nextInt(12), 1) : null;
            LocalDate mitigationTo = random.nextInt(3) == 0 ? LocalDate.of(2023, 1 + random.nextInt(12), 28) : null;
            Long cap = random.nextInt(3) == 0 ? (long) (500 + random.nextInt(5000)) : null;
            var status = random.nextInt(10) == 0 ? AuthorizationStatus.REVOKED : AuthorizationStatus.ACTIVE;
            var definition = FirstTransferDefinition.values()[random.nextInt(FirstTransferDefinition.values().length)];
            return new AuthorizationRecord(NATIONAL, party + "-LOA-" + p + "/" + (2024 + random.nextInt(3)), 1, status, party,
                    random.nextBoolean() ? LocalDate.of(2025, 1 + random.nextInt(12), 1) : null, 2025,
                    random.nextInt(6) == 0 ? null : approach, random.nextBoolean(), cap, "GHG", null, null, purposes,
                    null, definition, vintageFrom, vintageTo, mitigationFrom, mitigationTo, null, null, null, null, null,
                    null, null, null, List.of(new CoveredActivity(program, project, host)), false);
        }

        private void issuance(String program, String project, String id, AuthorizationRecord authorization) {
            long next = program.equals("VCS") ? nextVerraUnit : 1 + random.nextInt(1000);
            int count = 1 + random.nextInt(3);
            var vintage = vintage();
            var issued = random.nextInt(5) == 0 ? null : LocalDate.of(2024 + random.nextInt(2), 1 + random.nextInt(12), 1);
            for (int b = 0; b < count; b++) {
                long start = next + (random.nextBoolean() ? 0 : random.nextInt(50));
                long end = start + random.nextInt(2000);
                next = end + 1;
                blocks.add(block(program, project, id, start, end, vintage, issued, authorization));
            }
            if (program.equals("VCS")) {
                nextVerraUnit = next + random.nextInt(100);
            }
        }

        /** Year only, dates only, both, dates over two years, or nothing at all. */
        private Vintage vintage() {
            int year = 2018 + random.nextInt(8);
            return switch (random.nextInt(7)) {
                case 0 -> new Vintage(year, null, null);
                case 6 -> new Vintage(null, null, null);
                case 1 -> new Vintage(null, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
                case 2 -> new Vintage(year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
                case 3 -> new Vintage(year, LocalDate.of(year - 1, 7, 1), LocalDate.of(year, 6, 30));
                case 4 -> new Vintage(null, null, null);
                default -> new Vintage(year, LocalDate.of(year, 3, 1), LocalDate.of(year, 9, 30));
            };
        }

        private record Vintage(Integer year, LocalDate start, LocalDate end) {
        }

        private BlockRecord block(String program, String project, String issuanceId, long start, long end, Vintage vintage,
                                  LocalDate issued, AuthorizationRecord authorization) {
            var status = switch (random.nextInt(10)) {
                case 0, 1 -> BlockStatus.RETIRED;
                case 2 -> BlockStatus.CANCELLED;
                case 3 -> BlockStatus.REVOKED;
                case 4 -> BlockStatus.HELD;
                default -> BlockStatus.ISSUED;
            };
            var retirement = status == BlockStatus.RETIRED || status == BlockStatus.CANCELLED ? retirement() : null;
            String serial = serialText(program, issuanceId, start, end, vintage);
            String id = program + "-" + issuanceId + "-" + start;
            if (retirement != null && retirement.purpose() != null && retirement.purpose().equals(STRUCTURED)) {
                structuredUses.put(id, retirement.use());
            }
            return new BlockRecord(REGISTRY, id, 1 + random.nextInt(3), serial, program,
                    null, project, random.nextBoolean() ? null : "Project " + project, host, vintage.year(), vintage.start(),
                    vintage.end(), issuanceId, issued, start, end, BigDecimal.ONE, status,
                    random.nextBoolean() ? null : "ACC-" + random.nextInt(100), retirement, labels(authorization), null);
        }

        /** The serial as a registry of this programme writes it; case and spacing as careless exports have them. */
        private String serialText(String program, String issuanceId, long start, long end, Vintage vintage) {
            int year = vintage.year() != null ? vintage.year() : 2020;
            String country = random.nextInt(4) == 0 ? host.toLowerCase() : host;
            String text = switch (program) {
                case "GS" -> "GS1-1-" + country + "-GS" + (1000 + random.nextInt(9000)) + "-16-" + year + "-" + issuanceId
                        + "-" + start + "-" + end;
                case "ACR" -> "ACR-" + country + "-" + (100 + random.nextInt(900)) + "-" + year + "-" + issuanceId + "-" + start
                        + "-" + end;
                case "CAR" -> "CAR-1-" + country + "-" + (100 + random.nextInt(900)) + "-1-120-CA-" + year + "-" + issuanceId
                        + "-" + start + " to " + end;
                default -> issuanceId + "-" + start + "-" + end + "-VCS-VCU-262-VER-" + country + "-14-1686-0101" + year
                        + "-3112" + year + "-0";
            };
            return random.nextInt(5) == 0 ? " " + text + " " : text;
        }

        /** A structured use, words only, a beneficiary only, or nothing said. */
        private org.a6gateway.blocks.BlockRecord.Retirement retirement() {
            var date = random.nextInt(6) == 0 ? null : LocalDate.of(2025, 1 + random.nextInt(12), 10);
            return switch (random.nextInt(4)) {
                case 0 -> new BlockRecord.Retirement(date, STRUCTURED,
                        random.nextBoolean() ? null : "Beneficiary " + random.nextInt(9),
                        RetirementUse.values()[random.nextInt(RetirementUse.values().length)]);
                case 1 -> new BlockRecord.Retirement(date, WORDS_FOR_USES[random.nextInt(WORDS_FOR_USES.length)], null);
                case 2 -> new BlockRecord.Retirement(date, WORDS_FOR_CLAIMS[random.nextInt(WORDS_FOR_CLAIMS.length)], null);
                default -> new BlockRecord.Retirement(date, null, "ACME Airlines");
            };
        }

        /** Labels the registry put on by itself: any use, naming no authorization, this one or another. */
        private List<BlockLabel> labels(AuthorizationRecord authorization) {
            var labels = new ArrayList<BlockLabel>();
            if (random.nextBoolean()) {
                return labels;
            }
            var codes = List.of(LabelCode.A6_AUTHORIZED_NDC.name(), LabelCode.A6_AUTHORIZED_IMP.name(),
                    LabelCode.A6_AUTHORIZED_OP.name(), AuthorizedUses.CORSIA_ELIGIBLE, LabelCode.A6_CORRESPONDINGLY_ADJUSTED.name());
            int count = 1 + random.nextInt(2);
            for (int i = 0; i < count; i++) {
                String code = codes.get(random.nextInt(codes.size()));
                String named = switch (random.nextInt(3)) {
                    case 0 -> null;
                    case 1 -> authorization == null ? null : authorization.authorizationId();
                    default -> "OTHER-LOA-" + random.nextInt(5);
                };
                if (labels.stream().noneMatch(l -> l.code().equals(code))) {
                    labels.add(new BlockLabel(code, "registry's own words for " + code, named));
                }
            }
            return labels;
        }

        /**
         * First transfers the national registry recorded itself on random units (claimed ones among
         * them), and BTR adjustments of ITMOs in the gateway's numbering, first transferred or not.
         */
        void nationalRecords() {
            for (BlockRecord block : blocks) {
                var authorization = authorizations.stream()
                        .filter(a -> a.covers(block.program(), block.projectId(), block.hostCountry())).findFirst();
                if (authorization.isEmpty()) {
                    continue;
                }
                if (random.nextInt(3) == 0) {
                    actions.add(firstTransfer(block, authorization.get(), part(block.range())));
                }
                if (random.nextInt(3) == 0 && authorization.get().cooperativeApproachId() != null) {
                    adjustments.add(adjustment(block, part(block.range())));
                }
                if (random.nextBoolean()) {
                    nationalPair(block, authorization.get());
                }
            }
        }

        /**
         * A pair the national registry registered itself, in its own ITMO numbering; sometimes a
         * second one on some of the same units (a conflict), and an adjustment of some of its ITMOs.
         */
        private void nationalPair(BlockRecord block, AuthorizationRecord authorization) {
            var units = part(block.range());
            if (pairs.stream().anyMatch(p -> p.pair().underlyingRegistry().equals(block.program())
                    && p.pair().issuance().equals(block.issuanceId()) && p.pair().units().overlaps(units))) {
                return;
            }
            var pair = numbered(block, units);
            pairs.add(new StoredPair(pair, authorization.authorizationId(), true));
            if (random.nextInt(3) == 0) {
                var shared = part(units);
                var other = SerialRange.of(shared.start(), Math.min(block.range().end(), shared.end() + random.nextInt(200)));
                pairs.add(new StoredPair(numbered(block, other), authorization.authorizationId(), true));
            }
            if (random.nextInt(4) != 0) {
                var named = pair.part(part(units)).itmo();
                adjustments.add(new CorrespondingAdjustment("CA-N" + adjustments.size(), party, 2026, LocalDate.of(2026, 10, 1),
                        named.first().toString(), named.last().toString(), named.quantity()));
            }
        }

        private ItmoPair numbered(BlockRecord block, SerialRange units) {
            var first = new ItmoIdentifier(approach, party + "01", party, BigInteger.valueOf(nextItmo),
                    block.vintageYearStated().orElse(2020));
            nextItmo += units.quantity() + random.nextInt(10);
            return new ItmoPair(new ItmoBlock(first, first.plus(units.quantity() - 1)), block.program(), block.issuanceId(), units);
        }

        private SerialRange part(SerialRange range) {
            long from = range.start() + random.nextInt((int) Math.min(range.quantity(), 500));
            long to = Math.min(range.end(), from + random.nextInt(1500));
            return SerialRange.of(from, to);
        }

        private ItmoAction firstTransfer(BlockRecord block, AuthorizationRecord authorization, SerialRange units) {
            int vintage = block.vintageYearStated().orElse(2020);
            var pair = ItmoPair.mint(approach, party + "01", party, vintage, block.program(), block.issuanceId(), units);
            return new ItmoAction("FT-" + actions.size(), ItmoAction.FIRST_TRANSFER, LocalDate.of(2026, 2, 1),
                    authorization.authorizationId(), block.program(), block.issuanceId(), units, pair.itmo().first().toString(),
                    pair.itmo().last().toString(), units.quantity(), false, null);
        }

        /** In the gateway's numbering, with the vintage the gateway would mint, so that it names these units exactly. */
        private CorrespondingAdjustment adjustment(BlockRecord block, SerialRange units) {
            int vintage = block.vintageYearStated().orElse(2020);
            var pair = ItmoPair.mint(approach, party + "01", party, vintage, block.program(), block.issuanceId(), units);
            return new CorrespondingAdjustment("CA-" + adjustments.size(), party, 2026, LocalDate.of(2026, 10, 1),
                    pair.itmo().first().toString(), pair.itmo().last().toString(), units.quantity());
        }
    }
}
