package org.a6gateway.verra;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportsFeedTest {

    private final ReportsFeed feed = new ReportsFeed(null, null, null);

    @Test
    void anIssuancesStretchComesFromTheIssuanceRecordAndAnEventFromItsOwn() {
        assertThat(feed.recordIdsOf("issuance-12-908677430")).contains("issuance-12-908677430", "issuance-12");
        assertThat(feed.recordIdsOf("retirement-7")).contains("retirement-7").doesNotContain("retirement-", "retirement-7-");
        assertThat(feed.recordIdsOf("issuance-12-908677430")).doesNotContain("issuance-1", "issuance-12-9");
    }
}
