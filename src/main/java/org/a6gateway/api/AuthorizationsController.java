package org.a6gateway.api;

import org.a6gateway.api.generated.AuthorizationsApi;
import org.a6gateway.api.generated.model.AuthorizationPage;
import org.a6gateway.api.generated.model.AuthorizationStatus;
import org.a6gateway.api.generated.model.AuthorizationView;
import org.a6gateway.api.generated.model.CoveredActivity;
import org.a6gateway.api.generated.model.Timeframe;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.nationalrecords.AuthorizationStore;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Authorizations as the national registry last published them: every field of the AEF authorization table the gateway keeps. */
@RestController
@RequestMapping("/api/v1")
class AuthorizationsController implements AuthorizationsApi {

    private final AuthorizationStore authorizations;

    AuthorizationsController(AuthorizationStore authorizations) {
        this.authorizations = authorizations;
    }

    @Override
    public ResponseEntity<AuthorizationPage> listAuthorizations(String party, AuthorizationStatus status, Integer page, Integer size) {
        var found = authorizations.page(party,
                status == null ? null : org.a6gateway.nationalrecords.AuthorizationStatus.valueOf(status.getValue()), page, size);
        return ResponseEntity.ok(new AuthorizationPage().page(page).size(size).total(found.getTotalElements())
                .items(found.getContent().stream().map(AuthorizationsController::view).toList()));
    }

    @Override
    public ResponseEntity<AuthorizationView> getAuthorization(String authorizationId) {
        return authorizations.find(authorizationId).map(a -> ResponseEntity.ok(view(a)))
                .orElseThrow(() -> new NotFound("no authorization '" + authorizationId + "'"));
    }

    private static AuthorizationView view(AuthorizationRecord a) {
        return new AuthorizationView().authorizationId(a.authorizationId()).sourceRegistry(a.sourceRegistry())
                .version(a.version()).status(AuthorizationStatus.fromValue(a.status().name())).party(a.party()).date(a.date())
                .authorizationYear(a.authorizationYear()).cooperativeApproachId(a.cooperativeApproachId())
                .publishedOnCarp(a.publishedOnCarp()).quantityCap(a.quantityCap()).metric(a.metric()).gwpValues(a.gwpValues())
                .nonGhgMetric(a.nonGhgMetric())
                .purposes(a.purposes().stream().sorted().map(p -> AuthorizationView.PurposesEnum.fromValue(p.name())).toList())
                .oimpDetail(a.oimpDetail())
                .firstTransferDefinition(AuthorizationView.FirstTransferDefinitionEnum.fromValue(a.firstTransferDefinition().name()))
                .timeframe(new Timeframe().vintageFrom(a.vintageFrom()).vintageTo(a.vintageTo()).mitigationFrom(a.mitigationFrom())
                        .mitigationTo(a.mitigationTo()).useFrom(a.useFrom()).useTo(a.useTo()))
                .authorizedParties(a.authorizedParties()).authorizedEntities(a.authorizedEntities()).sectors(a.sectors())
                .activityTypes(a.activityTypes()).terms(a.terms()).documentLinks(a.documentLinks())
                .coveredActivities(a.coveredActivities().stream()
                        .map(c -> new CoveredActivity().registry(c.registry()).projectId(c.projectId()).hostCountry(c.hostCountry()))
                        .toList())
                .synthetic(a.synthetic());
    }
}
