package com.empowerfitness.guide.check;

import com.empowerfitness.guide.content.PageInfo;
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

/** The red-flag check's questions and outcome texts, from {@code content/check.md}. */
@Entity
@Table(name = "check_page")
public class CheckPage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String title;

    private String summary;

    @Column(nullable = false)
    private String introHtml;

    @Column(nullable = false)
    private String redFlagsQuestion;

    @Column(nullable = false)
    private String consultQuestion;

    @ElementCollection
    @CollectionTable(name = "check_red_flag", joinColumns = @JoinColumn(name = "check_page_id"))
    @OrderColumn(name = "item_index")
    @Column(name = "question", nullable = false)
    private List<String> redFlags = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "check_consult_sign", joinColumns = @JoinColumn(name = "check_page_id"))
    @OrderColumn(name = "item_index")
    @Column(name = "question", nullable = false)
    private List<String> consultSigns = new ArrayList<>();

    @Column(nullable = false)
    private String emergencyTitle;

    @Column(nullable = false)
    private String emergencyHtml;

    @Column(nullable = false)
    private String consultTitle;

    @Column(nullable = false)
    private String consultHtml;

    @Column(nullable = false)
    private String selfCareTitle;

    @Column(nullable = false)
    private String selfCareHtml;

    @Embedded
    private PageInfo page;

    protected CheckPage() {}

    static CheckPage from(CheckContent content, Instant now) {
        CheckPage page = new CheckPage();
        page.update(content, now);
        return page;
    }

    void update(CheckContent content, Instant now) {
        this.title = content.title();
        this.summary = content.summary();
        this.introHtml = content.introHtml();
        this.redFlagsQuestion = content.redFlagsQuestion();
        this.consultQuestion = content.consultQuestion();
        this.redFlags.clear();
        this.redFlags.addAll(content.redFlags());
        this.consultSigns.clear();
        this.consultSigns.addAll(content.consultSigns());
        this.emergencyTitle = content.emergencyTitle();
        this.emergencyHtml = content.emergencyHtml();
        this.consultTitle = content.consultTitle();
        this.consultHtml = content.consultHtml();
        this.selfCareTitle = content.selfCareTitle();
        this.selfCareHtml = content.selfCareHtml();
        this.page = new PageInfo(content.meta(), content.path(), content.hash(), now);
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getIntroHtml() {
        return introHtml;
    }

    public String getRedFlagsQuestion() {
        return redFlagsQuestion;
    }

    public String getConsultQuestion() {
        return consultQuestion;
    }

    public List<String> getRedFlags() {
        return redFlags;
    }

    public List<String> getConsultSigns() {
        return consultSigns;
    }

    public String getEmergencyTitle() {
        return emergencyTitle;
    }

    public String getEmergencyHtml() {
        return emergencyHtml;
    }

    public String getConsultTitle() {
        return consultTitle;
    }

    public String getConsultHtml() {
        return consultHtml;
    }

    public String getSelfCareTitle() {
        return selfCareTitle;
    }

    public String getSelfCareHtml() {
        return selfCareHtml;
    }

    public PageInfo getPage() {
        return page;
    }
}
