package org.a6gateway.exports;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The registry exports' configuration: an inbox folder per source ({@code verra},
 * {@code gold-standard}; files dropped there are imported once and moved to {@code done/} or
 * {@code failed/} beside a report), whether {@code sync} reads them first, how often the inbox
 * route looks for new files under {@code serve} ({@code watch}; unset = only {@code sync} reads
 * them), each registry's
 * label table (its exact label texts and the gateway code each means), and the limits of one import.
 */
@ConfigurationProperties("a6.exports")
public record ExportProperties(Map<String, String> inbox, @DefaultValue("true") boolean importOnSync, Duration watch,
                               Map<String, List<LabelEntry>> labels, ExportLimits limits) {

    public ExportProperties {
        inbox = inbox == null ? Map.of() : Map.copyOf(inbox);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        limits = limits == null ? ExportLimits.DEFAULTS : limits;
    }

    /** One label as a registry writes it (exactly: an en dash is not a hyphen) and the gateway's code for it. */
    public record LabelEntry(String text, String code) {
    }
}
