package org.a6gateway.api;

import java.time.ZoneOffset;
import java.util.List;
import org.a6gateway.api.generated.ApiKeysApi;
import org.a6gateway.api.generated.model.ApiKey;
import org.a6gateway.security.ApiKeys;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** API keys listed and revoked over the API: the way to revoke one while a gateway holds an H2 database. */
@RestController
@RequestMapping("/api/v1")
class ApiKeysController implements ApiKeysApi {

    private final ApiKeys keys;

    ApiKeysController(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public ResponseEntity<List<ApiKey>> listApiKeys() {
        return ResponseEntity.ok(keys.list().stream().map(this::view).toList());
    }

    /** Revoking a revoked key changes nothing and answers the same: a retried call is harmless. */
    @Override
    public ResponseEntity<ApiKey> revokeApiKey(Long keyId) {
        keys.find(keyId).orElseThrow(() -> new NotFound("no API key " + keyId));
        keys.revoke(keyId);
        return ResponseEntity.ok(view(keys.find(keyId).orElseThrow()));
    }

    private ApiKey view(org.a6gateway.security.ApiKey key) {
        return new ApiKey().id(key.id()).name(key.name()).role(ApiKey.RoleEnum.fromValue(key.role().name()))
                .prefix(key.prefix()).createdAt(key.createdAt().atOffset(ZoneOffset.UTC))
                .expiresAt(key.expiresAt() == null ? null : key.expiresAt().atOffset(ZoneOffset.UTC))
                .revokedAt(key.revokedAt() == null ? null : key.revokedAt().atOffset(ZoneOffset.UTC))
                .state(ApiKey.StateEnum.fromValue(key.state(keys.now()))).party(key.party());
    }
}
