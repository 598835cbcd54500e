package org.a6gateway.nationalrecords;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Convert;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.a6gateway.units.Purpose;

/** The latest stored version of an authorization; written only through {@link AuthorizationStore}. */
@Entity
@Table(name = "a6_authorization")
class Authorization {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "a6_authorization_seq")
    @SequenceGenerator(name = "a6_authorization_seq", sequenceName = "a6_authorization_seq", allocationSize = 500)
    private Long id;
    private String sourceRegistry;
    private String authorizationId;
    private int version;
    @Enumerated(EnumType.STRING)
    private AuthorizationStatus status;
    private String party;
    private LocalDate authorizationDate;
    private int authorizationYear;
    private String cooperativeApproachId;
    private boolean publishedOnCarp;
    private Long quantityCap;
    private String metric;
    private String gwpValues;
    private String nonGhgMetric;
    @Convert(converter = PurposesConverter.class)
    private Set<Purpose> purposes;
    private String oimpDetail;
    @Enumerated(EnumType.STRING)
    private FirstTransferDefinition firstTransferDefinition;
    private Integer vintageFrom;
    private Integer vintageTo;
    private LocalDate mitigationFrom;
    private LocalDate mitigationTo;
    private LocalDate useFrom;
    private LocalDate useTo;
    @Convert(converter = TextListConverter.class)
    private List<String> authorizedParties;
    @Convert(converter = TextListConverter.class)
    private List<String> authorizedEntities;
    @Convert(converter = TextListConverter.class)
    private List<String> sectors;
    @Convert(converter = TextListConverter.class)
    private List<String> activityTypes;
    private String terms;
    @Convert(converter = TextListConverter.class)
    private List<String> documentLinks;
    private boolean synthetic;
    private Instant ingestedAt;

    @ElementCollection
    @CollectionTable(name = "a6_authorization_activity", joinColumns = @JoinColumn(name = "authorization_pk"))
    private List<StoredActivity> coveredActivities = new ArrayList<>();

    protected Authorization() {
    }

    Authorization(String sourceRegistry, String authorizationId) {
        this.sourceRegistry = sourceRegistry;
        this.authorizationId = authorizationId;
    }

    boolean isStored() {
        return id != null;
    }

    /** Amendments raise the version; an equal or older one is a re-read and changes nothing. */
    boolean isOlderThan(AuthorizationRecord incoming) {
        return !isStored() || version < incoming.version();
    }

    String authorizationId() {
        return authorizationId;
    }

    String sourceRegistry() {
        return sourceRegistry;
    }

    void takeStateOf(AuthorizationRecord r, Instant now) {
        version = r.version();
        status = r.status();
        party = r.party();
        authorizationDate = r.date();
        authorizationYear = r.authorizationYear();
        cooperativeApproachId = r.cooperativeApproachId();
        publishedOnCarp = r.publishedOnCarp();
        quantityCap = r.quantityCap();
        metric = r.metric();
        gwpValues = r.gwpValues();
        nonGhgMetric = r.nonGhgMetric();
        purposes = r.purposes();
        oimpDetail = r.oimpDetail();
        firstTransferDefinition = r.firstTransferDefinition();
        takeTimeframe(r);
        authorizedParties = r.authorizedParties();
        authorizedEntities = r.authorizedEntities();
        sectors = r.sectors();
        activityTypes = r.activityTypes();
        terms = r.terms();
        documentLinks = r.documentLinks();
        synthetic = r.synthetic();
        coveredActivities.clear();
        r.coveredActivities().forEach(a -> coveredActivities.add(new StoredActivity(a)));
        ingestedAt = now;
    }

    private void takeTimeframe(AuthorizationRecord r) {
        vintageFrom = r.vintageFrom();
        vintageTo = r.vintageTo();
        mitigationFrom = r.mitigationFrom();
        mitigationTo = r.mitigationTo();
        useFrom = r.useFrom();
        useTo = r.useTo();
    }

    AuthorizationRecord toRecord() {
        return new AuthorizationRecord(sourceRegistry, authorizationId, version, status, party, authorizationDate,
                authorizationYear, cooperativeApproachId, publishedOnCarp, quantityCap, metric, gwpValues,
                nonGhgMetric, purposes, oimpDetail, firstTransferDefinition, vintageFrom, vintageTo, mitigationFrom,
                mitigationTo, useFrom, useTo, authorizedParties, authorizedEntities, sectors, activityTypes, terms,
                documentLinks, coveredActivities.stream().map(StoredActivity::toActivity).toList(), synthetic);
    }

    @Embeddable
    static class StoredActivity {
        private String registry;
        private String projectId;
        private String hostCountry;

        protected StoredActivity() {
        }

        StoredActivity(CoveredActivity activity) {
            registry = activity.registry();
            projectId = activity.projectId();
            hostCountry = activity.hostCountry();
        }

        CoveredActivity toActivity() {
            return new CoveredActivity(registry, projectId, hostCountry);
        }
    }
}
