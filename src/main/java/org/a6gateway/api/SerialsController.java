package org.a6gateway.api;

import java.util.Map;
import java.util.stream.Collectors;
import org.a6gateway.api.generated.SerialsApi;
import org.a6gateway.api.generated.model.ParsedSerial;
import org.a6gateway.units.Serials;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class SerialsController implements SerialsApi {

    /** A serial that does not read is an IllegalArgumentException, which the advice answers with a 400 problem. */
    @Override
    public ResponseEntity<ParsedSerial> parseSerial(String serial) {
        var parsed = Serials.parse(serial);
        Map<String, String> fields = parsed.details().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return ResponseEntity.ok(new ParsedSerial().serial(parsed.original()).registry(parsed.registry())
                .project(parsed.project()).country(parsed.country())
                .vintage(parsed.vintage() == null ? null : parsed.vintage().toString())
                .start(parsed.range().start()).end(parsed.range().end()).quantity(parsed.quantity()).fields(fields));
    }
}
