package org.a6gateway.exports;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import org.a6gateway.units.Party;

/**
 * Gold Standard's public API projects: an array (or {@code data}) of projects with
 * {@code sustaincert_id}, {@code name}, {@code status}, {@code estimated_annual_credits},
 * {@code crediting_period_start_date}/{@code _end_date} and {@code country_code}. No serials: they
 * are kept as projects. A project whose number, country or crediting period does not read is
 * refused alone, by its record number.
 */
final class GoldStandardProjectsJson {

    private GoldStandardProjectsJson() {
    }

    static void projects(JsonStream json, ExportSink sink) {
        sink.version("public API v2 projects");
        JsonRecords.arrayOrData(json, "the projects (an array, or 'data')", (where, item) -> {
            try {
                JsonRecords.requireObject(item);
                sink.project(project(where, item));
            } catch (RowRefused e) {
                sink.refused(new RowError(where, e.getMessage(), item.toString()));
            }
        });
    }

    private static ExportProjectRow project(String where, JsonNode item) {
        var gsid = Cells.id(JsonRecords.required(item, "sustaincert_id"));
        if (!gsid.matches("\\d{1,20}")) {
            throw new RowRefused("field 'sustaincert_id': '" + gsid + "' is not a Gold Standard project number");
        }
        var country = JsonRecords.required(item, "country_code");
        if (!country.matches("[A-Z]{2}") || Party.find(country).isEmpty()) {
            throw new RowRefused("field 'country_code': '" + country + "' is not a known Party");
        }
        var estimate = item.get("estimated_annual_credits");
        Long credits = estimate == null || estimate.isNull() ? null : JsonRecords.quantity(item, "estimated_annual_credits");
        if (credits != null && credits < 0) {
            throw new RowRefused("field 'estimated_annual_credits': " + credits + " is negative");
        }
        var start = Cells.date(JsonRecords.text(item, "crediting_period_start_date"), "crediting_period_start_date");
        var end = Cells.date(JsonRecords.text(item, "crediting_period_end_date"), "crediting_period_end_date");
        if (start != null && end != null && end.isBefore(start)) {
            throw new RowRefused("crediting period ends " + end + " before it starts " + start);
        }
        var labels = new ArrayList<String>();
        item.path("labels").forEach(l -> labels.add(l.isValueNode() ? l.asText() : l.path("name").asText()));
        return new ExportProjectRow(where, gsid, JsonRecords.text(item, "id"), JsonRecords.required(item, "name"),
                JsonRecords.text(item, "status"), JsonRecords.text(item, "country"), country, credits, start, end,
                JsonRecords.text(item, "type"), JsonRecords.text(item, "size"), JsonRecords.text(item, "project_developer"),
                JsonRecords.text(item, "carbon_stream"), JsonRecords.text(item, "programme_of_activities"),
                Cells.id(JsonRecords.text(item, "poa_project_sustaincert_id")), labels);
    }
}
