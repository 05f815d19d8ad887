package com.empowerfitness.guide.faq;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FaqRepository extends JpaRepository<Faq, Long> {

    List<Faq> findAllByOrderBySortOrderAsc();

    List<Faq> findBySourcePath(String sourcePath);
}
