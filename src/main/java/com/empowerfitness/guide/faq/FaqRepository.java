package com.empowerfitness.guide.faq;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FaqRepository extends JpaRepository<Faq, Long> {

    List<Faq> findAllByOrderBySortOrderAsc();

    /** The questions of one language's FAQ page, in the page's order. */
    List<Faq> findByLanguageOrderBySortOrderAsc(String language);

    List<Faq> findBySourcePath(String sourcePath);
}
