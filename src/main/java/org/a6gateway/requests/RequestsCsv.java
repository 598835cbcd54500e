package org.a6gateway.requests;

import java.util.ArrayList;
import java.util.List;
import org.a6gateway.reporting.Csv;

/** Open requests as a CSV an operator works through: one row each, in the registry's terms, oldest first. */
public final class RequestsCsv {

    static final List<String> COLUMNS = List.of("request", "registry", "action", "serial", "units", "label_text",
            "authorization", "first_itmo_id", "last_itmo_id", "requested_at", "age_days");

    private RequestsCsv() {
    }

    public static String of(List<OperatorRequest> requests) {
        var csv = new StringBuilder(Csv.line(COLUMNS));
        for (OperatorRequest r : requests) {
            var cells = new ArrayList<String>();
            cells.add(Long.toString(r.id()));
            cells.add(r.registry());
            cells.add(r.action());
            cells.add(text(r.serial()));
            cells.add(Long.toString(r.units()));
            cells.add(text(r.labelText()));
            cells.add(text(r.authorizationId()));
            cells.add(text(r.firstItmoId()));
            cells.add(text(r.lastItmoId()));
            cells.add(r.requestedAt().toString());
            cells.add(Long.toString(r.age().toDays()));
            csv.append(Csv.line(cells));
        }
        return csv.toString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
