package org.a6gateway.blocks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
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
        int vintageYear,
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

    public record Retirement(LocalDate date, String purpose, String beneficiary) {
    }

    public record ItmoReference(String firstItmoId, String lastItmoId, String registryId) {
    }
}
