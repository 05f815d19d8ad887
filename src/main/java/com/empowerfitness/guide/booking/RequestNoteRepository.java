package com.empowerfitness.guide.booking;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RequestNoteRepository extends JpaRepository<RequestNote, Long> {

    List<RequestNote> findByRequestIdOrderByCreatedAtAscIdAsc(Long requestId);

    @Modifying
    @Query("delete from RequestNote n where n.requestId = :requestId")
    int deleteByRequestId(@Param("requestId") Long requestId);
}
