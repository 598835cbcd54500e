package org.a6gateway.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Table 4 as one JSON object: {@code party} (alpha-3) and {@code partyName}, {@code mode}, {@code years}, {@code elections},
 * {@code rows} (keys "5" … "12", each mapping a year to a number, "N/A", or null for a blank cell),
 * {@code difference} (corrected minus tool-compatible, where they differ), {@code unresolved}
 * (the units left out), {@code audit} (the units behind rows 5, 6 and 10) and {@code checks} (each
 * pre-submission check, whether it passed, and the rows that fail it).
 */
public final class Table4Json {

    private Table4Json() {
    }

    public static ObjectNode of(Table4Document document, ObjectMapper json) {
        var table = document.table();
        var e = table.elections();
        var root = json.createObjectNode();
        root.put("party", e.party().alpha3()).put("partyName", e.party().name());
        root.put("mode", Table4Elections.name(e.mode()));
        var years = root.putArray("years");
        for (int y = e.firstYear(); y <= e.lastYear(); y++) {
            years.add(y);
        }
        elections(root.putObject("elections"), e);
        var rows = root.putObject("rows");
        table.rows().forEach((row, cells) -> {
            var byYear = rows.putObject(row.toString());
            cells.forEach((year, cell) -> byYear.set(year.toString(), cell(cell, json)));
        });
        var difference = root.putObject("difference");
        document.difference().forEach((row, cells) -> {
            var byYear = difference.putObject(row.toString());
            cells.forEach((year, delta) -> byYear.put(year.toString(), delta));
        });
        units(root.putArray("unresolved"), table.unresolved());
        var audit = root.putObject("audit");
        table.audit().forEach((row, byYear) -> {
            var perYear = audit.putObject(row.toString());
            byYear.forEach((year, units) -> units(perYear.putArray(year.toString()), units));
        });
        var checks = root.putArray("checks");
        document.checks().forEach(check -> {
            var node = checks.addObject().put("check", check.name()).put("rule", check.rule()).put("passed", check.passed());
            var failures = node.putArray("failures");
            check.failures().forEach(f -> failures.addObject().put("where", f.where()).put("detail", f.detail()));
        });
        return root;
    }

    private static void elections(ObjectNode node, Table4Elections e) {
        node.put("target", Table4Elections.name(e.target())).put("method", Table4Elections.name(e.method()))
                .put("inventoryYear", e.inventoryYear()).put("scope", Table4Elections.name(e.scope()));
        var used = node.putObject("used");
        e.used().forEach((year, n) -> used.put(year.toString(), n));
        var inventory = node.putObject("inventory");
        e.inventory().forEach((year, n) -> inventory.put(year.toString(), n));
    }

    private static JsonNode cell(Cell cell, ObjectMapper json) {
        if (cell.isNumber()) {
            return json.getNodeFactory().numberNode(cell.number());
        }
        return cell.text() == null ? json.getNodeFactory().nullNode() : json.getNodeFactory().textNode(cell.text());
    }

    private static void units(ArrayNode array, List<ReportedUnits> units) {
        units.forEach(u -> {
            var node = array.addObject().put("serial", u.serial().strip()).put("registry", u.program())
                    .put("issuance", u.issuanceId()).put("firstUnit", u.units().start()).put("lastUnit", u.units().end())
                    .put("vintage", u.vintage()).put("tonnes", Cell.of(u.tonnes()).number())
                    .put("authorizationId", u.authorizationId())
                    .put("firstTransferDefinition", Table4Elections.name(u.definition()));
            if (u.unresolved() != null) {
                node.put("reason", u.unresolved());
            }
        });
    }
}
