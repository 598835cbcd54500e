package org.a6gateway.exports;

import java.nio.file.Path;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Under {@code serve} with {@code a6.exports.watch} set: one file route per configured inbox,
 * polling at that interval. The route only hands each file to {@link ExportInbox}, which imports
 * it once by content hash (the export_file table, so restarts forget nothing) and moves it to
 * done/ or failed/ with its report; Camel itself neither moves nor remembers (noop, idempotent off),
 * so the sync's drain and the route cannot disagree on what was read.
 */
@Component
class ExportInboxRoute extends RouteBuilder {

    static final String SOURCE = "a6ExportSource";

    private final ExportProperties properties;
    private final ExportInbox inbox;

    ExportInboxRoute(ExportProperties properties, ExportInbox inbox) {
        this.properties = properties;
        this.inbox = inbox;
    }

    @Override
    public void configure() {
        if (properties.watch() == null) {
            return;
        }
        for (var source : ExportSource.values()) {
            var folder = inbox.folder(source);
            if (folder != null) {
                from("file:" + folder.toAbsolutePath() + "?noop=true&idempotent=false&recursive=false"
                        + "&readLock=changed&readLockMinAge=1000&exclude=RAW(^\\..*)&delay=" + properties.watch().toMillis())
                        .routeId("exports.inbox." + source.key())
                        .setHeader(SOURCE, constant(source))
                        .process(this::receive);
            }
        }
    }

    private void receive(Exchange exchange) {
        var path = Path.of(exchange.getMessage().getHeader(Exchange.FILE_PATH, String.class));
        inbox.process(exchange.getMessage().getHeader(SOURCE, ExportSource.class), path);
    }
}
