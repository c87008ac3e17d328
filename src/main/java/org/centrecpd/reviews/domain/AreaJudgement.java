package org.centrecpd.reviews.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.centrecpd.reviews.Judgement;

/** The partner's judgement and commentary on one core-purpose area (its id), and the centre's response. */
@Embeddable
public class AreaJudgement {

    @Column(name = "area", nullable = false)
    private String area;

    @Enumerated(EnumType.STRING)
    private Judgement judgement;

    private String commentary;

    private String response;

    protected AreaJudgement() {
    }

    public AreaJudgement(String area) {
        this.area = area;
    }

    public String getArea() { return area; }
    public Judgement getJudgement() { return judgement; }
    public String getCommentary() { return commentary; }
    public String getResponse() { return response; }

    void judge(Judgement judgement, String commentary) {
        this.judgement = judgement;
        this.commentary = commentary;
    }

    void respond(String response) {
        this.response = response;
    }
}
