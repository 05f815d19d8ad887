package com.empowerfitness.guide.check;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CheckPageRepository extends JpaRepository<CheckPage, Long> {

    Optional<CheckPage> findByPageSourcePath(String sourcePath);

    /** The check with both question lists (there is one check page, from check.md). */
    @EntityGraph(attributePaths = {"redFlags", "consultSigns"})
    List<CheckPage> findAllBy();
}
