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

    /** The block with this name in this language (names are unique per language). */
    Optional<ContentBlock> findByPageLanguageAndBlockKey(String language, String key);

    Optional<ContentBlock> findByPageSourcePath(String sourcePath);

    List<ContentBlock> findByKind(BlockKind kind);

    /** A block as patients may see it now, with its highlights (the home page shows them). */
    @EntityGraph(attributePaths = "highlights")
    @Query("select p from ContentBlock p where p.page.language = :language and p.blockKey = :key and "
            + Visibility.VISIBLE_NOW)
    Optional<ContentBlock> findVisible(
            @Param("language") String language, @Param("key") String key, @Param("now") LocalDateTime now);

    /** The same block (home page, FAQ page) in every language patients may see it in now. */
    @Query("select p from ContentBlock p where (p.page.sourcePath = :key or p.page.translationOf = :key) and "
            + Visibility.VISIBLE_NOW)
    List<ContentBlock> findVisibleTranslations(@Param("key") String key, @Param("now") LocalDateTime now);

    /** Every block with this name, any language, visible or not: which languages a page exists in. */
    List<ContentBlock> findAllByBlockKey(String key);
}
