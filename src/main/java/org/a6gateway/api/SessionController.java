package org.a6gateway.api;

import org.a6gateway.api.generated.SessionApi;
import org.a6gateway.api.generated.model.GatewayRole;
import org.a6gateway.api.generated.model.Session;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller signed in as: what a page shows as "signed in as …", and which Parties it may report on. */
@RestController
@RequestMapping("/api/v1")
class SessionController implements SessionApi {

    @Override
    public ResponseEntity<Session> getSession() {
        return ResponseEntity.ok(new Session().name(SignedIn.name())
                .roles(SignedIn.roles().stream().map(r -> GatewayRole.fromValue(r.name())).toList())
                .parties(SignedIn.parties().stream().toList()));
    }
}
