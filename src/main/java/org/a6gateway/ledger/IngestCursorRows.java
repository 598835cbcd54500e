package org.a6gateway.ledger;

import org.springframework.data.jpa.repository.JpaRepository;

interface IngestCursorRows extends JpaRepository<IngestCursor, String> {
}
