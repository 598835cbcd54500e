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
@Table(name = "itmo_action")
class ItmoActionRow {

    /** From a sequence, 500 ids a call, so that inserts are batched (V13; INCREMENT BY must match). */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "itmo_action_seq")
    @SequenceGenerator(name = "itmo_action_seq", sequenceName = "itmo_action_seq", allocationSize = 500)
    private Long id;
    private String sourceRegistry;
    private String actionId;
    private String actionType;
    private LocalDate actionDate;
    private String authorizationId;
    private String underlyingRegistry;
    private String issuanceId;
    private long unitStart;
    private long unitEnd;
    private String firstItmoId;
    private String lastItmoId;
    private long quantity;
    private boolean synthetic;
    private String holderAccount;
    private Instant ingestedAt;

    protected ItmoActionRow() {
    }

    ItmoActionRow(String sourceRegistry, ItmoAction action, Instant now) {
        this.sourceRegistry = sourceRegistry;
        this.actionId = action.actionId();
        this.actionType = action.type();
        this.actionDate = action.date();
        this.authorizationId = action.authorizationId();
        this.underlyingRegistry = action.registry();
        this.issuanceId = action.issuanceId();
        this.unitStart = action.units().start();
        this.unitEnd = action.units().end();
        this.firstItmoId = action.firstItmoId();
        this.lastItmoId = action.lastItmoId();
        this.quantity = action.quantity();
        this.synthetic = action.synthetic();
        this.holderAccount = action.holderAccount();
        this.ingestedAt = now;
    }

    String sourceRegistry() {
        return sourceRegistry;
    }

    String authorizationId() {
        return authorizationId;
    }

    String actionId() {
        return actionId;
    }
}
