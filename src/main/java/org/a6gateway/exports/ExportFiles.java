package org.a6gateway.exports;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExportFiles extends JpaRepository<ExportFile, Long> {

    Optional<ExportFile> findByContentHash(String contentHash);
}
