package com.empowerfitness.guide.exercise;

import com.empowerfitness.guide.content.IntRange;
import com.empowerfitness.guide.content.PageInfo;
import com.empowerfitness.guide.content.SluggedPage;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;

/** One of the guide's exercises, made from one file in {@code content/exercises/}. */
@Entity
@Table(name = "exercise")
public class Exercise implements SluggedPage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String title;

    private String summary;

    private Integer sortOrder;

    @Column(name = "start_position", nullable = false)
    private String position;

    private Integer holdMin;

    private Integer holdMax;

    private Integer moveMin;

    private Integer moveMax;

    private Integer repsMin;

    private Integer repsMax;

    /** {@code both} (each side in turn) or {@code none}. */
    @Column(nullable = false)
    private String sides;

    @Column(nullable = false)
    private String purpose;

    private String stopIf;

    private String tags;

    /** Extra text after the steps, sanitized HTML; empty when none. */
    @Column(nullable = false)
    private String bodyHtml;

    /** Purpose, steps and extra text as plain text, for search; made once when the file is loaded. */
    private String searchText;

    /** Each step as sanitized inline HTML. */
    @ElementCollection
    @CollectionTable(name = "exercise_step", joinColumns = @JoinColumn(name = "exercise_id"))
    @OrderColumn(name = "step_index")
    @Column(name = "step_html", nullable = false)
    private List<String> steps = new ArrayList<>();

    @Embedded
    private PageInfo page;

    protected Exercise() {}

    static Exercise from(ExerciseContent content, Instant now) {
        Exercise exercise = new Exercise();
        exercise.update(content, now);
        return exercise;
    }

    void update(ExerciseContent content, Instant now) {
        this.slug = content.key();
        this.title = content.title();
        this.summary = content.summary();
        this.sortOrder = content.order();
        this.position = content.position();
        this.holdMin = min(content.hold());
        this.holdMax = max(content.hold());
        this.moveMin = min(content.move());
        this.moveMax = max(content.move());
        this.repsMin = min(content.repetitions());
        this.repsMax = max(content.repetitions());
        this.sides = content.sides();
        this.purpose = content.purpose();
        this.stopIf = content.stopIf();
        this.tags = content.tags().isEmpty() ? null : String.join(",", content.tags());
        this.bodyHtml = content.bodyHtml();
        this.steps.clear();
        this.steps.addAll(content.steps());
        this.searchText = (content.purpose() + " "
                        + Jsoup.parseBodyFragment(String.join(" ", content.steps()) + " " + content.bodyHtml())
                                .text())
                .strip();
        this.page = new PageInfo(content.meta(), content.path(), content.hash(), now);
    }

    private static Integer min(IntRange range) {
        return range == null ? null : range.min();
    }

    private static Integer max(IntRange range) {
        return range == null ? null : range.max();
    }

    /** "20–30" or "5": a range with an en dash, as printed guides write it. */
    private static String figure(Integer min, Integer max) {
        if (min == null) {
            return null;
        }
        return min.equals(max) ? String.valueOf(min) : min + "\u2013" + max;
    }

    /** Hold time in seconds, e.g. "20–30", or null. */
    public String getHoldFigure() {
        return figure(holdMin, holdMax);
    }

    /** How long to keep moving in seconds, e.g. "30–60", or null. */
    public String getMoveFigure() {
        return figure(moveMin, moveMax);
    }

    /** Repetitions, e.g. "10–15"; null when the exercise is done once. */
    public String getRepsFigure() {
        if (repsMin == null || (repsMin == 1 && repsMax == 1)) {
            return null;
        }
        return figure(repsMin, repsMax);
    }

    /**
     * Seconds for the follow-along timer's {@code data-hold-seconds}: "20-30", "5", or null when the exercise
     * has neither a hold nor a movement time. A hold time wins over a movement time.
     */
    public String getTimerSeconds() {
        Integer min = holdMin != null ? holdMin : moveMin;
        Integer max = holdMin != null ? holdMax : moveMax;
        if (min == null) {
            return null;
        }
        return min.equals(max) ? String.valueOf(min) : min + "-" + max;
    }

    /** The timer counts slow movement rather than a hold (e.g. cat-cow). */
    public boolean isMoveTimer() {
        return holdMin == null && moveMin != null;
    }

    /** Repetitions per side for the timer's counter: the lower end of the range, so the target is reachable. */
    public int getTimerReps() {
        return repsMin == null ? 1 : repsMin;
    }

    public boolean isBothSides() {
        return "both".equals(sides);
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    /** The exercise's address. */
    public String getUrl() {
        return ExerciseContentType.urlOf(slug);
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public String getPosition() {
        return position;
    }

    public Integer getHoldMin() {
        return holdMin;
    }

    public Integer getHoldMax() {
        return holdMax;
    }

    public Integer getMoveMin() {
        return moveMin;
    }

    public Integer getMoveMax() {
        return moveMax;
    }

    public Integer getRepsMin() {
        return repsMin;
    }

    public Integer getRepsMax() {
        return repsMax;
    }

    public String getSides() {
        return sides;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getStopIf() {
        return stopIf;
    }

    public List<String> getTags() {
        return tags == null ? List.of() : List.of(tags.split(","));
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getSearchText() {
        return searchText == null ? "" : searchText;
    }

    public List<String> getSteps() {
        return steps;
    }

    public PageInfo getPage() {
        return page;
    }
}
