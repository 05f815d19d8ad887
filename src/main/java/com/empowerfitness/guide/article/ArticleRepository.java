package com.empowerfitness.guide.article;

import com.empowerfitness.guide.content.SluggedPageRepository;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ArticleRepository extends SluggedPageRepository<Article> {

    /** An article patients may read now, with its contents list. */
    @EntityGraph(attributePaths = "toc")
    @Query("""
            select a from Article a where a.slug = :slug and a.page.draft = false
            and (a.page.publishAt is null or a.page.publishAt <= :now)
            and (a.page.expiresAt is null or a.page.expiresAt > :now)""")
    Optional<Article> findVisibleBySlug(@Param("slug") String slug, @Param("now") LocalDateTime now);

    /** The guide's contents: every article patients may read now, in the editors' order. */
    @Query("""
            select new com.empowerfitness.guide.article.ArticleLink(a.slug, a.title, a.summary)
            from Article a where a.page.draft = false
            and (a.page.publishAt is null or a.page.publishAt <= :now)
            and (a.page.expiresAt is null or a.page.expiresAt > :now)
            order by case when a.sortOrder is null then 1 else 0 end, a.sortOrder, a.slug""")
    List<ArticleLink> findVisibleLinks(@Param("now") LocalDateTime now);

    /** Any article with its contents list, visible or not: for staff previews. */
    @EntityGraph(attributePaths = "toc")
    @Query("select a from Article a where a.slug = :slug")
    Optional<Article> findWithTocBySlug(@Param("slug") String slug);

    /** Every article patients may read now (without contents lists), in the editors' order. */
    @Query("""
            select a from Article a where a.page.draft = false
            and (a.page.publishAt is null or a.page.publishAt <= :now)
            and (a.page.expiresAt is null or a.page.expiresAt > :now)
            order by case when a.sortOrder is null then 1 else 0 end, a.sortOrder, a.slug""")
    List<Article> findVisible(@Param("now") LocalDateTime now);
}
