package org.a6gateway.vcm;

import org.a6gateway.blocks.BlockStore;
import org.a6gateway.ledger.IngestCursors;
import org.a6gateway.ledger.IngestProgress;
import org.a6gateway.ledger.UpstreamCall;
import org.a6gateway.vcm.client.api.BlocksApi;
import org.a6gateway.vcm.client.model.BlockChangePage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the private registry's change feed one page at a time and stores each page with its cursor. */
@Component("vcmChangeFeed")
class VcmChangeFeed {

    private final BlocksApi api;
    private final VcmProperties properties;
    private final BlockStore blocks;
    private final IngestCursors cursors;
    private final ApplicationEventPublisher events;

    VcmChangeFeed(BlocksApi api, VcmProperties properties, BlockStore blocks, IngestCursors cursors,
                  ApplicationEventPublisher events) {
        this.api = api;
        this.properties = properties;
        this.blocks = blocks;
        this.cursors = cursors;
        this.events = events;
    }

    public IngestProgress start() {
        return IngestProgress.startingAt(properties.name(), cursors.current(properties.name()).orElse(null));
    }

    public BlockChangePage fetch(IngestProgress progress) {
        var url = properties.url() + "/blocks/changes" + (progress.cursor() == null ? "" : "?cursor=" + progress.cursor());
        return UpstreamCall.call(properties.name(), url,
                () -> api.listBlockChanges(progress.cursor(), properties.pageSize()));
    }

    /** The page and the cursor after it are stored together, or not at all. */
    @Transactional
    public IngestProgress store(IngestProgress progress, BlockChangePage page) {
        var records = page.getItems().stream().map(b -> BlockTranslator.toRecord(properties.name(), b)).toList();
        var stored = blocks.store(properties.name(), records);
        cursors.advance(properties.name(), page.getNextCursor());
        var next = progress.afterPage(page.getNextCursor(), page.getHasMore(), records.size(),
                stored.inserted(), stored.updated(), stored.unchanged());
        events.publishEvent(next);
        return next;
    }
}
