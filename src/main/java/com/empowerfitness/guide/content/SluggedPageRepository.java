package com.empowerfitness.guide.content;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

/** The look-ups that {@link SluggedContentType} needs from each page kind's repository. */
@NoRepositoryBean
public interface SluggedPageRepository<E extends SluggedPage> extends JpaRepository<E, Long> {

    /** The page with this address in this language (slugs are unique per language). */
    Optional<E> findByPageLanguageAndSlug(String language, String slug);

    Optional<E> findByPageSourcePath(String sourcePath);
}
