package com.empowerfitness.guide.block;

import com.empowerfitness.guide.content.Visibility;
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

    List<ContentBlock> findByKind(BlockKind kind);

    /** A block as patients may see it now, with its highlights (the home page shows them). */
    @EntityGraph(attributePaths = "highlights")
    @Query("select p from ContentBlock p where p.blockKey = :key and " + Visibility.VISIBLE_NOW)
    Optional<ContentBlock> findVisible(@Param("key") String key, @Param("now") LocalDateTime now);
}
