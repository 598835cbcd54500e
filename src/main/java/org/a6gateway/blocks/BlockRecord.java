package org.a6gateway.blocks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.a6gateway.units.ItmoIdentifier;
import org.a6gateway.units.ItmoSerials;
import org.a6gateway.units.SerialRange;

/**
 * One block of consecutive serial numbers as a private registry published it, translated into
 * the gateway's model. {@code [blockStart, blockEnd]} is inclusive.
 */
public record BlockRecord(
        String sourceRegistry,
        String blockId,
        long sourceVersion,
        String serial,
        String program,
        String unitType,
        String projectId,
        String projectName,
        String hostCountry,
        Integer vintageYear,
        LocalDate vintageStart,
        LocalDate vintageEnd,
        String issuanceId,
        LocalDate issuanceDate,
        long blockStart,
        long blockEnd,
        BigDecimal unitSize,
        BlockStatus status,
        String holderAccount,
        Retirement retirement,
        List<BlockLabel> labels,
        ItmoReference itmoReference) implements Provenance {

    /**
     * Labels in one canonical order (code, authorization, text): a block's labels are a set, and a
     * database returns a collection in no promised order (PostgreSQL differs from H2), so without it
     * the same block would compare as changed, and answer with a new ETag, from read to read.
     */
    private static final Comparator<BlockLabel> CANONICAL = Comparator.comparing(BlockLabel::code, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(BlockLabel::authorizationId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(BlockLabel::text, Comparator.nullsFirst(Comparator.naturalOrder()));

    public BlockRecord {
        labels = labels == null ? List.of() : labels.stream().sorted(CANONICAL).toList();
    }

    /** The block's serial numbers, as a range. */
    public SerialRange range() {
        return SerialRange.of(blockStart, blockEnd);
    }

    /** Serial units in the block; the range is inclusive. */
    public long quantity() {
        return Math.addExact(Math.subtractExact(blockEnd, blockStart), 1);
    }

    /**
     * Whether this version of the block says nothing new but who holds it (and the version number
     * saying so; unit sizes compared by value): a transfer between accounts, the commonest change
     * a registry publishes. The decisions (labels, ITMO identifiers, references, adjustments) read
     * everything else of a block and nothing of its holder, which only the reconciliation compares.
     */
    public boolean differsOnlyInHolder(BlockRecord other) {
        return withoutHolder().equals(other.withoutHolder());
    }

    private BlockRecord withoutHolder() {
        return new BlockRecord(sourceRegistry, blockId, 0, serial, program, unitType, projectId, projectName, hostCountry,
                vintageYear, vintageStart, vintageEnd, issuanceId, issuanceDate, blockStart, blockEnd,
                CreditBlock.exact(unitSize), status, null, retirement, labels, itmoReference);
    }

    /** Exact t CO2e: serial units times the unit size. */
    public BigDecimal tonnes() {
        return unitSize.multiply(BigDecimal.valueOf(quantity()));
    }

    /**
     * Why and when units were retired or cancelled: {@code use} is the registry's structured answer
     * (or what its words map to), {@code purpose} its own words, kept as sent.
     */
    public record Retirement(LocalDate date, String purpose, String beneficiary, RetirementUse use) {

        public Retirement {
            use = use == null ? RetirementWords.DEFAULT.useOf(purpose) : use;
        }

        /** Words only, read with the default {@link RetirementWords}. */
        public Retirement(LocalDate date, String purpose, String beneficiary) {
            this(date, purpose, beneficiary, null);
        }
    }

    /**
     * The use the units were retired or cancelled for; empty while they are not. A block retired or
     * cancelled with no retirement record states no use, so it counts as a claim.
     */
    public Optional<RetirementUse> retiredFor() {
        if (retirement != null) {
            return Optional.of(retirement.use());
        }
        return status == BlockStatus.RETIRED || status == BlockStatus.CANCELLED
                ? Optional.of(RetirementUse.UNSPECIFIED) : Optional.empty();
    }

    /**
     * The ITMOs the private registry shows on the block: {@code firstUnit} is the unit the first ITMO
     * stands for, when the registry says it (a split block keeps the reference of the whole range).
     */
    public record ItmoReference(String firstItmoId, String lastItmoId, String registryId, Long firstUnit) {

        public ItmoReference(String firstItmoId, String lastItmoId, String registryId) {
            this(firstItmoId, lastItmoId, registryId, null);
        }

        /**
         * The ITMO the reference names for {@code unit}: counted from {@code firstUnit}; without it, from
         * the unit the first ITMO's serial embeds (the gateway's numbering), else from {@code blockStart}.
         * Throws IllegalArgumentException when the first ITMO does not read.
         */
        public ItmoIdentifier itmoOf(long unit, long blockStart) {
            return itmoOf(unit, blockStart, 1);
        }

        /**
         * The same where each ITMO stands for {@code unitsPerItmo} units. Only the first ITMO of such a
         * pair embeds its unit, and a reference is written on whole ITMOs from the block's first unit, so
         * without {@code firstUnit} the count starts at {@code blockStart}.
         */
        public ItmoIdentifier itmoOf(long unit, long blockStart, long unitsPerItmo) {
            var first = ItmoIdentifier.parse(firstItmoId);
            long base = firstUnit != null ? firstUnit : unitsPerItmo != 1 ? blockStart
                    : ItmoSerials.underlyingUnit(first.serial()).map(ItmoSerials.UnderlyingUnit::serial).orElse(blockStart);
            return first.plus(Math.floorDiv(unit - base, unitsPerItmo));
        }
    }

    /** The same block under another version. */
    public BlockRecord withVersion(long version) {
        return new BlockRecord(sourceRegistry, blockId, version, serial, program, unitType, projectId, projectName,
                hostCountry, vintageYear, vintageStart, vintageEnd, issuanceId, issuanceDate, blockStart, blockEnd, unitSize,
                status, holderAccount, retirement, labels, itmoReference);
    }
}
