package org.a6gateway.exports;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExportProjects extends JpaRepository<ExportProject, Long> {

    List<ExportProject> findBySourceAndProjectIdIn(String source, Collection<String> projectIds);
}
