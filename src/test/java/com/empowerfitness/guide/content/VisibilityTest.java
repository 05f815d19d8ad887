package com.empowerfitness.guide.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.empowerfitness.guide.block.BlockContent;
import com.empowerfitness.guide.block.BlockKind;
import com.empowerfitness.guide.block.ContentBlock;
import com.empowerfitness.guide.block.ContentBlockRepository;
import com.empowerfitness.guide.content.ProcessedContent.Meta;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

/**
 * The one "visible now" rule: the JPQL fragment every query uses and the Java predicate behind page state give
 * the same answer for every combination of draft, publish_at and expires_at, boundaries included.
 */
@DataJpaTest
class VisibilityTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 9, 0);

    static final List<LocalDateTime> MOMENTS = Arrays.asList(null, NOW.minusHours(1), NOW, NOW.plusHours(1));

    @Autowired
    ContentBlockRepository blocks;

    @Autowired
    EntityManager entityManager;

    record Case(String key, boolean draft, LocalDateTime publishAt, LocalDateTime expiresAt) {}

    @Test
    void queryFragmentAndJavaPredicateAgreeOnEveryCombination() {
        List<Case> cases = new ArrayList<>();
        int n = 0;
        for (boolean draft : new boolean[] {false, true}) {
            for (LocalDateTime publishAt : MOMENTS) {
                for (LocalDateTime expiresAt : MOMENTS) {
                    Case c = new Case("case-" + n++, draft, publishAt, expiresAt);
                    cases.add(c);
                    ContentBlock block = new ContentBlock(c.key(), BlockKind.BLOCK);
                    block.update(
                            new BlockContent(
                                    new ContentFile("blocks/" + c.key() + ".md", "x", "h"),
                                    c.key(),
                                    null,
                                    "T",
                                    null,
                                    null,
                                    new Meta(null, null, null, null, null, null, draft, publishAt, expiresAt),
                                    null,
                                    List.of(),
                                    "<p>x</p>"),
                            Instant.EPOCH);
                    blocks.save(block);
                }
            }
        }
        entityManager.flush();
        entityManager.clear();

        int visible = 0;
        for (Case c : cases) {
            boolean byQuery = blocks.findVisible("en", c.key(), NOW).isPresent();
            PageInfo page = blocks.findByPageLanguageAndBlockKey("en", c.key())
                    .orElseThrow()
                    .getPage();
            assertThat(page.isVisibleAt(NOW)).as(c.toString()).isEqualTo(byQuery);
            assertThat(PageState.of(page, NOW) == PageState.PUBLISHED)
                    .as(c.toString())
                    .isEqualTo(byQuery);
            visible += byQuery ? 1 : 0;
        }
        // Not a draft; publish_at absent, past or this minute (3 of 4); expires_at absent or later (2 of 4).
        assertThat(visible).isEqualTo(3 * 2);
    }

    @Test
    void publishedFromItsPublishMomentAndGoneAtItsExpiryMoment() {
        assertThat(Visibility.visible(false, NOW, null, NOW)).isTrue();
        assertThat(Visibility.visible(false, null, NOW, NOW)).isFalse();
        assertThat(Visibility.visible(true, null, null, NOW)).isFalse();
        assertThat(PageState.of(pageWith(NOW.plusMinutes(1), null), NOW)).isEqualTo(PageState.SCHEDULED);
        assertThat(PageState.of(pageWith(null, NOW), NOW)).isEqualTo(PageState.EXPIRED);
    }

    private static PageInfo pageWith(LocalDateTime publishAt, LocalDateTime expiresAt) {
        return new PageInfo(
                new Meta(null, null, null, null, null, null, false, publishAt, expiresAt), "x.md", "h", Instant.EPOCH);
    }
}
