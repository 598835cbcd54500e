package org.a6gateway.feeds;

import org.springframework.data.jpa.repository.JpaRepository;

interface IngestCursorRows extends JpaRepository<IngestCursor, String> {
}
