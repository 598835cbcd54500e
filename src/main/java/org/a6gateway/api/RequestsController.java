package org.a6gateway.api;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import org.a6gateway.api.generated.RequestsApi;
import org.a6gateway.api.generated.model.OperatorRequest;
import org.a6gateway.requests.OperatorRequests;
import org.a6gateway.requests.RequestsCsv;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The requests for the operators of read-only registries: listed, or as the CSV handed to them. */
@RestController
@RequestMapping("/api/v1")
class RequestsController implements RequestsApi {

    private final OperatorRequests requests;

    RequestsController(OperatorRequests requests) {
        this.requests = requests;
    }

    @Override
    public ResponseEntity<List<OperatorRequest>> listOperatorRequests(String registry) {
        return ResponseEntity.ok(open(registry).stream().map(RequestsController::dto).toList());
    }

    @Override
    public ResponseEntity<Resource> exportOperatorRequests(String registry) {
        ETags.notForFiles();
        var csv = RequestsCsv.of(open(registry)).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"requests"
                        + (registry == null ? "" : "-" + registry) + ".csv\"")
                .body(new ByteArrayResource(csv));
    }

    private List<org.a6gateway.requests.OperatorRequest> open(String registry) {
        if (registry != null && !requests.registries().contains(registry)) {
            throw new NotFound("no read-only registry '" + registry + "' is configured");
        }
        return requests.open(registry);
    }

    private static OperatorRequest dto(org.a6gateway.requests.OperatorRequest r) {
        return new OperatorRequest(r.id(), r.registry(), OperatorRequest.ActionEnum.fromValue(r.action()), r.units(),
                r.subject(), r.requestedAt().atOffset(ZoneOffset.UTC), r.age().toDays())
                .serial(r.serial()).labelText(r.labelText()).authorizationId(r.authorizationId())
                .firstItmoId(r.firstItmoId()).lastItmoId(r.lastItmoId()).cause(r.cause());
    }
}
