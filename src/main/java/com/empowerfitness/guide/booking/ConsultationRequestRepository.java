package com.empowerfitness.guide.booking;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ConsultationRequestRepository
        extends JpaRepository<ConsultationRequest, Long>, JpaSpecificationExecutor<ConsultationRequest> {

    Optional<ConsultationRequest> findByConfirmationToken(String confirmationToken);

    Optional<ConsultationRequest> findByReference(String reference);

    @Query("select max(r.id) from ConsultationRequest r")
    Optional<Long> findMaxId();

    /** Bulk delete; notes and queued mail go with the rows through ON DELETE CASCADE. */
    @Modifying
    @Query("delete from ConsultationRequest r where r.status in :statuses and r.statusChangedAt < :cutoff")
    int deleteClosedBefore(@Param("statuses") Collection<RequestStatus> statuses, @Param("cutoff") Instant cutoff);
}
