package org.a6gateway.itmo;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HeldBackRows extends JpaRepository<HeldBackRow, Long> {

    List<HeldBackRow> findByResolvedAtIsNullOrderById();
}
