package com.empowerfitness.guide.check;

import com.empowerfitness.guide.content.Visibility;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CheckPageRepository extends JpaRepository<CheckPage, Long> {

    Optional<CheckPage> findByPageSourcePath(String sourcePath);

    /** The check with both question lists (there is one check page, from check.md). */
    @EntityGraph(attributePaths = {"redFlags", "consultSigns"})
    List<CheckPage> findAllBy();

    /** The same check in every language patients may see it in now. */
    @Query("select p from CheckPage p where (p.page.sourcePath = :key or p.page.translationOf = :key) and "
            + Visibility.VISIBLE_NOW)
    List<CheckPage> findVisibleTranslations(@Param("key") String key, @Param("now") LocalDateTime now);

    /** The check as patients may see it now, with both question lists. */
    @EntityGraph(attributePaths = {"redFlags", "consultSigns"})
    @Query("select p from CheckPage p where p.page.language = :language and " + Visibility.VISIBLE_NOW
            + " order by p.id")
    List<CheckPage> findVisible(@Param("language") String language, @Param("now") LocalDateTime now);
}
