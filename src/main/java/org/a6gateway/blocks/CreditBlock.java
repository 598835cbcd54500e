package org.a6gateway.blocks;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;

/**
 * A stored private-registry block, as the entity readers load it; written only through
 * {@link BlockStore}, with plain JDBC ({@link BlockWrites}).
 */
@Entity
@Table(name = "credit_block")
class CreditBlock {

    /** From a sequence, 500 ids a call, so that inserts are batched (V13; INCREMENT BY must match). */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "credit_block_seq")
    @SequenceGenerator(name = "credit_block_seq", sequenceName = "credit_block_seq", allocationSize = 500)
    private Long id;
    private String sourceRegistry;
    private String blockId;
    private long sourceVersion;
    private String serial;
    private String program;
    private String unitType;
    private String projectId;
    private String projectName;
    private String hostCountry;
    private Integer vintageYear;
    private LocalDate vintageStart;
    private LocalDate vintageEnd;
    private String issuanceId;
    private LocalDate issuanceDate;
    private long blockStart;
    private long blockEnd;
    private long quantity;
    private BigDecimal unitSize;
    @Enumerated(EnumType.STRING)
    private BlockStatus status;
    private String holderAccount;
    private LocalDate retirementDate;
    private String retirementPurpose;
    private String retirementBeneficiary;
    @Enumerated(EnumType.STRING)
    private RetirementUse retirementUse;
    private String itmoFirstId;
    private String itmoLastId;
    private String itmoRegistryId;
    private Long itmoFirstUnit;
    private Instant ingestedAt;

    /**
     * Loaded for up to 500 blocks in one query when a reader first touches one block's labels (a
     * page of overlapping blocks), not one query per block.
     */
    @ElementCollection
    @BatchSize(size = 500)
    @CollectionTable(name = "credit_block_label", joinColumns = @JoinColumn(name = "block_pk"))
    private List<StoredLabel> labels = new ArrayList<>();

    protected CreditBlock() {
    }

    String blockId() {
        return blockId;
    }

    BlockRecord toRecord() {
        return new BlockRecord(sourceRegistry, blockId, sourceVersion, serial, program, unitType, projectId,
                projectName, hostCountry, vintageYear, vintageStart, vintageEnd, issuanceId, issuanceDate,
                blockStart, blockEnd, exact(unitSize), status, holderAccount,
                retirement(retirementDate, retirementPurpose, retirementBeneficiary, retirementUse),
                labels.stream().map(StoredLabel::toLabel).toList(), reference(itmoFirstId, itmoLastId, itmoRegistryId, itmoFirstUnit));
    }

    /**
     * The retirement columns as a record: none when neither a date, a purpose nor a use is stored. A
     * row stored without a use (before the column) reads its use from its words.
     */
    static BlockRecord.Retirement retirement(LocalDate date, String purpose, String beneficiary, RetirementUse use) {
        return date == null && purpose == null && use == null ? null
                : new BlockRecord.Retirement(date, purpose, beneficiary, use);
    }

    /** The ITMO reference columns as a record: none without a first ITMO. */
    static BlockRecord.ItmoReference reference(String firstItmoId, String lastItmoId, String registryId, Long firstUnit) {
        return firstItmoId == null ? null : new BlockRecord.ItmoReference(firstItmoId, lastItmoId, registryId, firstUnit);
    }

    /** The column has nine decimals; 1.000000000 t per unit is 1 t, so totals print as whole tonnes. */
    static BigDecimal exact(BigDecimal stored) {
        var stripped = stored.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    @Embeddable
    static class StoredLabel {
        private String code;
        @Column(name = "label_text")
        private String text;
        private String authorizationId;

        protected StoredLabel() {
        }

        StoredLabel(String code, String text, String authorizationId) {
            this.code = code;
            this.text = text;
            this.authorizationId = authorizationId;
        }

        BlockLabel toLabel() {
            return new BlockLabel(code, text, authorizationId);
        }
    }
}
