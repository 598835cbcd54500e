package org.a6gateway.nationalrecords;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "corresponding_adjustment")
class AdjustmentRow {

    /** From a sequence, 500 ids a call, so that inserts are batched (V13; INCREMENT BY must match). */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "corresponding_adjustment_seq")
    @SequenceGenerator(name = "corresponding_adjustment_seq", sequenceName = "corresponding_adjustment_seq", allocationSize = 500)
    private Long id;
    private String sourceRegistry;
    private String adjustmentId;
    private String party;
    private int btrYear;
    private LocalDate reportedOn;
    private String firstItmoId;
    private String lastItmoId;
    private long quantity;
    private boolean synthetic;
    private Instant ingestedAt;

    protected AdjustmentRow() {
    }

    AdjustmentRow(String sourceRegistry, CorrespondingAdjustment adjustment, boolean synthetic, Instant now) {
        this.sourceRegistry = sourceRegistry;
        this.adjustmentId = adjustment.adjustmentId();
        this.party = adjustment.party();
        this.btrYear = adjustment.btrYear();
        this.reportedOn = adjustment.reportedOn();
        this.firstItmoId = adjustment.firstItmoId();
        this.lastItmoId = adjustment.lastItmoId();
        this.quantity = adjustment.quantity();
        this.synthetic = synthetic;
        this.ingestedAt = now;
    }

    String sourceRegistry() {
        return sourceRegistry;
    }

    String adjustmentId() {
        return adjustmentId;
    }
}
