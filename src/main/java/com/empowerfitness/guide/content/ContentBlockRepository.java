package com.empowerfitness.guide.content;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ContentBlockRepository extends JpaRepository<ContentBlock, Long> {

    Optional<ContentBlock> findByBlockKey(String key);

    Optional<ContentBlock> findByPageSourcePath(String sourcePath);

    List<ContentBlock> findByKindIn(List<ContentKind> kinds);

    /** A block as patients may see it now, with its highlights (the home page shows them). */
    @EntityGraph(attributePaths = "highlights")
    @Query("""
            select b from ContentBlock b where b.blockKey = :key and b.page.draft = false
            and (b.page.publishAt is null or b.page.publishAt <= :now)
            and (b.page.expiresAt is null or b.page.expiresAt > :now)""")
    Optional<ContentBlock> findVisible(@Param("key") String key, @Param("now") LocalDateTime now);
}
