package com.empowerfitness.guide.exercise;

import com.empowerfitness.guide.content.SluggedPageRepository;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ExerciseRepository extends SluggedPageRepository<Exercise> {

    /** An exercise patients may see now, with its steps. */
    @EntityGraph(attributePaths = "steps")
    @Query("""
            select e from Exercise e where e.slug = :slug and e.page.draft = false
            and (e.page.publishAt is null or e.page.publishAt <= :now)
            and (e.page.expiresAt is null or e.page.expiresAt > :now)""")
    Optional<Exercise> findVisibleBySlug(@Param("slug") String slug, @Param("now") LocalDateTime now);

    /** Every exercise patients may see now, in the editors' order (without steps). */
    @Query("""
            select e from Exercise e where e.page.draft = false
            and (e.page.publishAt is null or e.page.publishAt <= :now)
            and (e.page.expiresAt is null or e.page.expiresAt > :now)
            order by case when e.sortOrder is null then 1 else 0 end, e.sortOrder, e.slug""")
    List<Exercise> findVisible(@Param("now") LocalDateTime now);

    /** Any exercise with its steps, visible or not: for staff previews. */
    @EntityGraph(attributePaths = "steps")
    @Query("select e from Exercise e where e.slug = :slug")
    Optional<Exercise> findWithStepsBySlug(@Param("slug") String slug);

    /** Every exercise patients may see now, with its steps, in the editors' order (routine and print sheet). */
    @EntityGraph(attributePaths = "steps")
    @Query("""
            select distinct e from Exercise e where e.page.draft = false
            and (e.page.publishAt is null or e.page.publishAt <= :now)
            and (e.page.expiresAt is null or e.page.expiresAt > :now)
            order by case when e.sortOrder is null then 1 else 0 end, e.sortOrder, e.slug""")
    List<Exercise> findVisibleWithSteps(@Param("now") LocalDateTime now);
}
