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
    @Query("select p from Article p where p.slug = :slug and " + Visibility.VISIBLE_NOW)
    Optional<Article> findVisibleBySlug(@Param("slug") String slug, @Param("now") LocalDateTime now);

    /** The guide's contents: every article patients may read now, in the editors' order. */
    @Query("select new com.empowerfitness.guide.article.ArticleLink(p.slug, p.title, p.summary)"
            + " from Article p where " + Visibility.VISIBLE_NOW + EDITORS_ORDER)
    List<ArticleLink> findVisibleLinks(@Param("now") LocalDateTime now);

    /** Any article with its contents list, visible or not: for staff previews. */
    @EntityGraph(attributePaths = "toc")
    @Query("select a from Article a where a.slug = :slug")
    Optional<Article> findWithTocBySlug(@Param("slug") String slug);

    /** Every article patients may read now (without contents lists), in the editors' order. */
    @Query("select p from Article p where " + Visibility.VISIBLE_NOW + EDITORS_ORDER)
    List<Article> findVisible(@Param("now") LocalDateTime now);
}
