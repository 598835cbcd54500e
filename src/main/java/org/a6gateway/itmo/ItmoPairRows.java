package org.a6gateway.itmo;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ItmoPairRows extends JpaRepository<ItmoPairRow, Long> {

    Optional<ItmoPairRow> findByFirstItmoId(String firstItmoId);

    List<ItmoPairRow> findAllByOrderById();
}
