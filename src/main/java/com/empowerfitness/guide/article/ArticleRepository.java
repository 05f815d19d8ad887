package com.empowerfitness.guide.article;

import com.empowerfitness.guide.content.SluggedPageRepository;
import com.empowerfitness.guide.content.Visibility;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ArticleRepository extends SluggedPageRepository<Article> {

    /** The editors' {@code order}, articles without one last, then by slug. */
    String EDITORS_ORDER = " order by case when p.sortOrder is null then 1 else 0 end, p.sortOrder, p.slug";

    /** An article patients may read now, with its contents list. */
    @EntityGraph(attributePaths = "toc")
    @Query("select p from Article p where p.page.language = :language and p.slug = :slug and " + Visibility.VISIBLE_NOW)
    Optional<Article> findVisibleBySlug(
            @Param("language") String language, @Param("slug") String slug, @Param("now") LocalDateTime now);

    /** The guide's contents: every article patients may read now, in the editors' order. */
    @Query("select new com.empowerfitness.guide.article.ArticleLink(p.slug, p.title, p.summary)"
            + " from Article p where p.page.language = :language and " + Visibility.VISIBLE_NOW + EDITORS_ORDER)
    List<ArticleLink> findVisibleLinks(@Param("language") String language, @Param("now") LocalDateTime now);

    /** Any article with its contents list, visible or not: for staff previews. */
    @EntityGraph(attributePaths = "toc")
    @Query("select a from Article a where a.page.language = :language and a.slug = :slug")
    Optional<Article> findWithTocBySlug(@Param("language") String language, @Param("slug") String slug);

    /** The same article in every language patients may read it in now: {@code key} is its translation key. */
    @Query("select p from Article p where (p.page.sourcePath = :key or p.page.translationOf = :key) and "
            + Visibility.VISIBLE_NOW)
    List<Article> findVisibleTranslations(@Param("key") String key, @Param("now") LocalDateTime now);

    /** Every article patients may read now (without contents lists), in the editors' order. */
    @Query("select p from Article p where p.page.language = :language and " + Visibility.VISIBLE_NOW + EDITORS_ORDER)
    List<Article> findVisible(@Param("language") String language, @Param("now") LocalDateTime now);
}
