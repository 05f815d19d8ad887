package com.empowerfitness.guide.content;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContentErrorRepository extends JpaRepository<ContentErrorRecord, Long> {

    List<ContentErrorRecord> findAllByOrderByPathAscLineAsc();
}
