package com.empowerfitness.guide.exercise;

import com.empowerfitness.guide.content.SluggedPageRepository;
import com.empowerfitness.guide.content.Visibility;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ExerciseRepository extends SluggedPageRepository<Exercise> {

    /** The editors' {@code order}, exercises without one last, then by slug. */
    String EDITORS_ORDER = " order by case when p.sortOrder is null then 1 else 0 end, p.sortOrder, p.slug";

    /** An exercise patients may see now, with its steps. */
    @EntityGraph(attributePaths = "steps")
    @Query("select p from Exercise p where p.page.language = :language and p.slug = :slug and "
            + Visibility.VISIBLE_NOW)
    Optional<Exercise> findVisibleBySlug(
            @Param("language") String language, @Param("slug") String slug, @Param("now") LocalDateTime now);

    /** Every exercise patients may see now, in the editors' order (without steps). */
    @Query("select p from Exercise p where p.page.language = :language and " + Visibility.VISIBLE_NOW + EDITORS_ORDER)
    List<Exercise> findVisible(@Param("language") String language, @Param("now") LocalDateTime now);

    /** The same exercise in every language patients may see it in now: {@code key} is its translation key. */
    @Query("select p from Exercise p where (p.page.sourcePath = :key or p.page.translationOf = :key) and "
            + Visibility.VISIBLE_NOW)
    List<Exercise> findVisibleTranslations(@Param("key") String key, @Param("now") LocalDateTime now);

    /** Any exercise with its steps, visible or not: for staff previews. */
    @EntityGraph(attributePaths = "steps")
    @Query("select e from Exercise e where e.page.language = :language and e.slug = :slug")
    Optional<Exercise> findWithStepsBySlug(@Param("language") String language, @Param("slug") String slug);

    /** Every exercise patients may see now, with its steps, in the editors' order (routine and print sheet). */
    @EntityGraph(attributePaths = "steps")
    @Query("select distinct p from Exercise p where p.page.language = :language and " + Visibility.VISIBLE_NOW
            + EDITORS_ORDER)
    List<Exercise> findVisibleWithSteps(@Param("language") String language, @Param("now") LocalDateTime now);
}
